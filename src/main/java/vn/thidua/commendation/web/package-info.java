/**
 * Pages of the dossier around nominations: a dossier with its files, a new nomination that suggests nominees
 * already recorded, submission batches with their cover letter and Excel import, nominee records with their cases,
 * and the administrators' award types. Each bean calls the feature's services and nothing else.
 */
package vn.thidua.commendation.web;
