/**
 * A term review as documents: one {@link vn.thidua.review.document.ReviewOutline} (the numbered sections with their
 * paragraphs, tables and charts) rendered as a PDF laid out as an official report of a Front committee and as a DOCX
 * the officers keep editing; and an XLSX with every table (numbers as numbers). Documents are Vietnamese whatever
 * the reader's language.
 */
package vn.thidua.review.document;
