/**
 * A term review as documents: a PDF laid out as an official report of a Front committee (letterhead, title,
 * numbered sections, tables with Vietnamese numbers, a chart per movement), an XLSX with every table (numbers as
 * numbers), and a DOCX the officers keep editing. Documents are Vietnamese whatever the reader's language.
 */
package vn.thidua.review.document;
