/**
 * The result report page: a unit's values for a movement and period, typed or rolled up from below, its evidence
 * files, the workflow buttons the service allows, and the reports of the unit's children (the approval inbox of
 * the level above). The beans only call {@link vn.thidua.result.ResultReportService}.
 */
package vn.thidua.result.web;
