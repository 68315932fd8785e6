-- Term reviews (tổng kết giai đoạn): a unit's review of a span of years. The figures are computed from the results
-- and the registry when read; what is stored is what people write (the narrative sections), the workflow and the
-- targets set for the next term. An approved review is read-only.
CREATE TABLE term_review (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    unit_id         BIGINT         NOT NULL REFERENCES org_unit (id),
    year_from       INT            NOT NULL,
    year_to         INT            NOT NULL,
    state           VARCHAR(12)    NOT NULL,
    achievements    VARCHAR(20000),
    shortcomings    VARCHAR(20000),
    lessons         VARCHAR(20000),
    directions      VARCHAR(20000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(60)    NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(60)    NOT NULL,
    approved_at     TIMESTAMP WITH TIME ZONE,
    approved_by     VARCHAR(60),
    demo            BOOLEAN        NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_term_review_years CHECK (year_from <= year_to),
    CONSTRAINT ck_term_review_state CHECK (state IN ('DRAFT', 'APPROVED')),
    CONSTRAINT ck_term_review_approved CHECK (state = 'DRAFT' OR approved_at IS NOT NULL)
);
CREATE INDEX ix_term_review_unit ON term_review (unit_id, year_from, id);

-- The targets an approved review sets for the next term: a sentence as the conference adopted it, the years it
-- runs, and optionally the indicator that measures it with the value to reach each year (a percentage for a share);
-- such a target is also written to indicator_target for the unit and copied down to its children.
CREATE TABLE review_target (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    review_id       BIGINT         NOT NULL REFERENCES term_review (id),
    seq             INT            NOT NULL,
    description     VARCHAR(1000)  NOT NULL,
    year_from       INT            NOT NULL,
    year_to         INT            NOT NULL,
    indicator_id    BIGINT         REFERENCES indicator (id),
    amount          NUMERIC(20, 2),
    CONSTRAINT uq_review_target UNIQUE (review_id, seq),
    CONSTRAINT ck_review_target_years CHECK (year_from <= year_to),
    CONSTRAINT ck_review_target_amount CHECK ((indicator_id IS NULL) = (amount IS NULL))
);
