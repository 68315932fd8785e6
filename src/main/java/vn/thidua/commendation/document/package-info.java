/**
 * The official documents of commendation as PDF (OpenPDF): the award decision and one certificate per award. They
 * are Vietnamese whatever the reader's language, set in Liberation Serif (metric-compatible with Times New Roman,
 * the typeface of administrative documents) embedded with Identity-H encoding, from NFC-normalised text, so that
 * every Vietnamese letter is drawn and reads back as typed. They are generated once, when a decision is signed, and
 * kept ({@link vn.thidua.commendation.document.SignedDocuments}): a signed decision reads forever as it was signed.
 */
package vn.thidua.commendation.document;
