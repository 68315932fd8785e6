/**
 * Term reviews (tổng kết giai đoạn): a unit's review of a span of years — a five-year term, a mid-term or one year.
 * A draft's tables are computed when read from the results ({@code UnitRollups}: each movement the unit takes part
 * in, its indicators over the period, per year and per child unit of today's structure, with targets and attainment;
 * reporting discipline) and the award registry (awards by type, level, year and recipient kind; decisions issued);
 * what is stored is what the officers write (the narrative sections), the draft → approved workflow (a leader who
 * wrote no section last approves; a leader reopens with a reason), the figures as approved, and the targets an
 * approved review sets for the next term, which are tracked year by year. Documents: PDF, XLSX, DOCX
 * ({@code document}).
 */
package vn.thidua.review;
