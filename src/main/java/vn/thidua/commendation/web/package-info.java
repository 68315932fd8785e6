/**
 * Pages of commendation. Decisions: the list of decisions, signing one for a list of approved dossiers, and one
 * decision with its PDF and the certificates of its awards. Registry: the search with filters, paging and XLSX
 * export, and a nominee's history. Each bean calls its service only; PDFs download from the REST API with the page's
 * login.
 *
 * Pages of the dossier around nominations: a dossier's files (an include for any page of a dossier), submission
 * batches with their cover letter and Excel import, nominee records (found without diacritics) with their cases, and
 * the administrators' award types. Each bean calls the feature's services and nothing else.
 */
package vn.thidua.commendation.web;
