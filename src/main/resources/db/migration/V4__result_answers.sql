-- How many reports answered each indicator, per unit and period (all and approved), so that a period nobody has
-- answered yet shows "no data" instead of a share of 0%, and a range's share is that of its last answered period.
-- No database held results before this version, so the new counts start at zero.
ALTER TABLE result_total ADD COLUMN answers_all INT NOT NULL DEFAULT 0;
ALTER TABLE result_total ADD COLUMN answers_approved INT NOT NULL DEFAULT 0;
