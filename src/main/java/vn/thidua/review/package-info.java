/**
 * Term reviews (tổng kết giai đoạn): a unit's review of a span of years — a five-year term, a mid-term or one year.
 * Its tables are computed when read from the results ({@code RollupService}: each movement's indicators over the
 * period, per year and per child unit, with targets and attainment; reporting discipline) and the award registry
 * ({@code RegistryService}: awards by type, level, year and recipient kind; decisions issued); what is stored is what
 * the officers write (the narrative sections), the draft → approved workflow and the targets an approved review sets
 * for the next term, which are tracked year by year. Documents: PDF, XLSX, DOCX ({@code document}).
 */
package vn.thidua.review;
