/**
 * What the official documents of every feature share (decisions, certificates, term reviews): the letterhead of an
 * issuing committee (Decree 30/2020/NĐ-CP), Liberation Serif embedded with Identity-H from NFC-normalised text, and
 * layout blocks. Documents are Vietnamese whatever the reader's language.
 */
package vn.thidua.platform.document;
