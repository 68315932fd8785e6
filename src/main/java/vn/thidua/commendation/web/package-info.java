/**
 * Pages of commendation. Decisions: the list of decisions, signing one for a list of approved dossiers, and one
 * decision with its PDF and the certificates of its awards. Registry: the search with filters, paging and XLSX
 * export, and a nominee's history. Each bean calls its service only; PDFs download from the REST API with the page's
 * login.
 */
package vn.thidua.commendation.web;
