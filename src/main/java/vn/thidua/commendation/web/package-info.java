/**
 * Pages of the dossier around nominations: a dossier's files (an include for any page of a dossier), submission
 * batches with their cover letter and Excel import, nominee records (found without diacritics) with their cases, and
 * the administrators' award types. Each bean calls the feature's services and nothing else.
 */
package vn.thidua.commendation.web;
