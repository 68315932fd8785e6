-- Campaigns and emulation movements, their indicators and targets, result reports and the pre-aggregated
-- roll-ups that make a province total a read of a few rows. Valid on H2 2.x and PostgreSQL 15.

-- A reporting period (a year, a half-year or a quarter). as_of is the day whose structure the period's reports
-- use: the reports of 2024 closed on 31/10/2024, before the November 2024 rearrangement.
CREATE TABLE reporting_period (
    id           BIGINT      NOT NULL PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    kind         VARCHAR(10) NOT NULL,
    period_year  INT         NOT NULL,
    seq          INT         NOT NULL,
    starts_on    DATE        NOT NULL,
    ends_on      DATE        NOT NULL,
    as_of        DATE        NOT NULL,
    CONSTRAINT uq_reporting_period UNIQUE (kind, period_year, seq)
);

CREATE TABLE movement (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    code                 VARCHAR(40)   NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    name                 VARCHAR(300)  NOT NULL,
    name_search          VARCHAR(300)  NOT NULL,
    launching_unit_id    BIGINT        NOT NULL REFERENCES org_unit (id),
    participant_root_id  BIGINT        NOT NULL REFERENCES org_unit (id),
    decision_number      VARCHAR(60),
    decision_date        DATE,
    year_from            INT           NOT NULL,
    year_to              INT           NOT NULL,
    period_kind          VARCHAR(10)   NOT NULL,
    description          VARCHAR(4000),
    status               VARCHAR(10)   NOT NULL,
    demo                 BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_movement_code UNIQUE (code)
);
CREATE INDEX ix_movement_launching ON movement (launching_unit_id);

-- kind: COUNT, MONEY (whole VND), YES_NO, COVERAGE (share of the units of source_id's entry level that answered
-- yes; computed, never typed), TEXT.
CREATE TABLE indicator (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    movement_id      BIGINT        NOT NULL REFERENCES movement (id),
    code             VARCHAR(40)   NOT NULL,
    name_vi          VARCHAR(300)  NOT NULL,
    name_en          VARCHAR(300)  NOT NULL,
    kind             VARCHAR(10)   NOT NULL,
    unit_of_measure  VARCHAR(60),
    entry_level_id   BIGINT        NOT NULL REFERENCES org_level (id),
    source_id        BIGINT        REFERENCES indicator (id),
    sort_order       INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_indicator_code UNIQUE (movement_id, code)
);

-- A target per indicator, unit and year: an amount for counts and money, a percentage for coverage and yes/no.
CREATE TABLE indicator_target (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL DEFAULT 0,
    indicator_id  BIGINT         NOT NULL REFERENCES indicator (id),
    unit_id       BIGINT         NOT NULL REFERENCES org_unit (id),
    target_year   INT            NOT NULL,
    amount        NUMERIC(20, 2) NOT NULL,
    CONSTRAINT uq_indicator_target UNIQUE (indicator_id, unit_id, target_year)
);

-- One report per unit, movement and period. status: DRAFT, SUBMITTED, RETURNED, APPROVED, LOCKED.
CREATE TABLE result_report (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    movement_id    BIGINT         NOT NULL REFERENCES movement (id),
    unit_id        BIGINT         NOT NULL REFERENCES org_unit (id),
    period_id      BIGINT         NOT NULL REFERENCES reporting_period (id),
    status         VARCHAR(12)    NOT NULL,
    notes          VARCHAR(4000),
    return_reason  VARCHAR(1000),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(60)    NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE,
    submitted_by   VARCHAR(60),
    approved_at    TIMESTAMP WITH TIME ZONE,
    approved_by    VARCHAR(60),
    CONSTRAINT uq_result_report UNIQUE (movement_id, unit_id, period_id)
);
CREATE INDEX ix_result_report_period ON result_report (movement_id, period_id, status);
CREATE INDEX ix_result_report_unit ON result_report (unit_id, movement_id);

-- amount holds counts and whole VND; flag a yes/no answer; text_value a text indicator.
CREATE TABLE result_value (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL DEFAULT 0,
    report_id     BIGINT         NOT NULL REFERENCES result_report (id),
    indicator_id  BIGINT         NOT NULL REFERENCES indicator (id),
    amount        BIGINT,
    flag          BOOLEAN,
    text_value    VARCHAR(2000),
    CONSTRAINT uq_result_value UNIQUE (report_id, indicator_id)
);

CREATE TABLE report_attachment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    report_id     BIGINT        NOT NULL REFERENCES result_report (id),
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       BYTEA         NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by   VARCHAR(60)   NOT NULL
);
CREATE INDEX ix_report_attachment_report ON report_attachment (report_id);

-- Pre-aggregated totals: for every unit, the sum of its subtree's values (as the tree was on the period's as_of)
-- per indicator and period, over all reports and over approved reports only. Kept by ResultTotals in the same
-- transaction as the change, so the province roll-up reads a handful of rows however many units report.
CREATE TABLE result_total (
    unit_id          BIGINT  NOT NULL,
    indicator_id     BIGINT  NOT NULL,
    period_id        BIGINT  NOT NULL,
    amount_all       BIGINT  NOT NULL DEFAULT 0,
    yes_all          INT     NOT NULL DEFAULT 0,
    amount_approved  BIGINT  NOT NULL DEFAULT 0,
    yes_approved     INT     NOT NULL DEFAULT 0,
    CONSTRAINT pk_result_total PRIMARY KEY (unit_id, indicator_id, period_id)
);

-- How many units of each level each unit had below it (itself included) on a period's as_of: the denominators
-- of coverage. Rebuilt for a period when it is created and after any restructuring.
CREATE TABLE org_census (
    period_id  BIGINT  NOT NULL,
    unit_id    BIGINT  NOT NULL,
    level_id   BIGINT  NOT NULL,
    units      INT     NOT NULL,
    CONSTRAINT pk_org_census PRIMARY KEY (unit_id, period_id, level_id)
);

-- Years 2019-2030; 2024 closed before the 1 November 2024 rearrangement.
INSERT INTO reporting_period (id, kind, period_year, seq, starts_on, ends_on, as_of) VALUES
    (201, 'YEAR', 2019, 1, DATE '2019-01-01', DATE '2019-12-31', DATE '2019-12-31'),
    (202, 'YEAR', 2020, 1, DATE '2020-01-01', DATE '2020-12-31', DATE '2020-12-31'),
    (203, 'YEAR', 2021, 1, DATE '2021-01-01', DATE '2021-12-31', DATE '2021-12-31'),
    (204, 'YEAR', 2022, 1, DATE '2022-01-01', DATE '2022-12-31', DATE '2022-12-31'),
    (205, 'YEAR', 2023, 1, DATE '2023-01-01', DATE '2023-12-31', DATE '2023-12-31'),
    (206, 'YEAR', 2024, 1, DATE '2024-01-01', DATE '2024-12-31', DATE '2024-10-31'),
    (207, 'YEAR', 2025, 1, DATE '2025-01-01', DATE '2025-12-31', DATE '2025-12-31'),
    (208, 'YEAR', 2026, 1, DATE '2026-01-01', DATE '2026-12-31', DATE '2026-12-31'),
    (209, 'YEAR', 2027, 1, DATE '2027-01-01', DATE '2027-12-31', DATE '2027-12-31'),
    (210, 'YEAR', 2028, 1, DATE '2028-01-01', DATE '2028-12-31', DATE '2028-12-31'),
    (211, 'YEAR', 2029, 1, DATE '2029-01-01', DATE '2029-12-31', DATE '2029-12-31'),
    (212, 'YEAR', 2030, 1, DATE '2030-01-01', DATE '2030-12-31', DATE '2030-12-31'),
    (221, 'HALF', 2025, 1, DATE '2025-01-01', DATE '2025-06-30', DATE '2025-06-30'),
    (222, 'HALF', 2025, 2, DATE '2025-07-01', DATE '2025-12-31', DATE '2025-12-31'),
    (223, 'HALF', 2026, 1, DATE '2026-01-01', DATE '2026-06-30', DATE '2026-06-30'),
    (224, 'HALF', 2026, 2, DATE '2026-07-01', DATE '2026-12-31', DATE '2026-12-31');

INSERT INTO reporting_period (id, kind, period_year, seq, starts_on, ends_on, as_of) VALUES
    (231, 'QUARTER', 2025, 1, DATE '2025-01-01', DATE '2025-03-31', DATE '2025-03-31'),
    (232, 'QUARTER', 2025, 2, DATE '2025-04-01', DATE '2025-06-30', DATE '2025-06-30'),
    (233, 'QUARTER', 2025, 3, DATE '2025-07-01', DATE '2025-09-30', DATE '2025-09-30'),
    (234, 'QUARTER', 2025, 4, DATE '2025-10-01', DATE '2025-12-31', DATE '2025-12-31'),
    (235, 'QUARTER', 2026, 1, DATE '2026-01-01', DATE '2026-03-31', DATE '2026-03-31'),
    (236, 'QUARTER', 2026, 2, DATE '2026-04-01', DATE '2026-06-30', DATE '2026-06-30'),
    (237, 'QUARTER', 2026, 3, DATE '2026-07-01', DATE '2026-09-30', DATE '2026-09-30'),
    (238, 'QUARTER', 2026, 4, DATE '2026-10-01', DATE '2026-12-31', DATE '2026-12-31');
