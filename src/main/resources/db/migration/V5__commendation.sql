-- Commendation: award types, nominees, nominations and their review chain, council votes, public comment,
-- numbered decisions and the award registry. Valid on H2 2.x and PostgreSQL 15; ids from thidua_seq (rows seeded
-- here use 501-504). V4 is left to another feature.

-- An award type (hình thức khen thưởng / danh hiệu) is configuration. The council's threshold is a share of ALL
-- council members: a vote passes when agree votes >= vote_threshold x members ("từ ...% trở lên"). Eligibility is
-- configured by once_only, posthumous (may be given to a deceased person) and prior_type_id/prior_years (that
-- title in each of the prior_years years before the nomination's first year).
CREATE TABLE award_type (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    version            BIGINT         NOT NULL DEFAULT 0,
    code               VARCHAR(40)    NOT NULL,
    name_vi            VARCHAR(300)   NOT NULL,
    name_en            VARCHAR(300)   NOT NULL,
    granting_level_id  BIGINT         NOT NULL REFERENCES org_level (id),
    recipient_kinds    VARCHAR(60)    NOT NULL,
    council_vote       BOOLEAN        NOT NULL DEFAULT FALSE,
    vote_threshold     NUMERIC(4, 3),
    public_comment     BOOLEAN        NOT NULL DEFAULT FALSE,
    comment_days       INT            NOT NULL DEFAULT 0,
    decision_pattern   VARCHAR(60)    NOT NULL,
    once_only          BOOLEAN        NOT NULL DEFAULT FALSE,
    posthumous         BOOLEAN        NOT NULL DEFAULT TRUE,
    prior_type_id      BIGINT         REFERENCES award_type (id),
    prior_years        INT            NOT NULL DEFAULT 0,
    active             BOOLEAN        NOT NULL DEFAULT TRUE,
    sort_order         INT            NOT NULL DEFAULT 0,
    CONSTRAINT uq_award_type_code UNIQUE (code),
    CONSTRAINT ck_award_type_threshold CHECK (vote_threshold IS NULL OR (vote_threshold > 0 AND vote_threshold <= 1)),
    CONSTRAINT ck_award_type_vote CHECK (council_vote = FALSE OR vote_threshold IS NOT NULL),
    CONSTRAINT ck_award_type_comment CHECK (public_comment = FALSE OR comment_days > 0),
    CONSTRAINT ck_award_type_prior CHECK (prior_years >= 0 AND (prior_years = 0 OR prior_type_id IS NOT NULL))
);

-- A person, collective or household that can be nominated. Its identity survives a merger of its unit:
-- home_unit_id is only where it was recorded (lookups follow that unit's lineage). name_search is SearchText.
CREATE TABLE nominee (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL DEFAULT 0,
    kind          VARCHAR(12)    NOT NULL,
    name          VARCHAR(300)   NOT NULL,
    name_search   VARCHAR(300)   NOT NULL,
    birth_year    INT,
    gender        VARCHAR(6),
    job_title     VARCHAR(300),
    home_unit_id  BIGINT         NOT NULL REFERENCES org_unit (id),
    deceased      BOOLEAN        NOT NULL DEFAULT FALSE,
    demo          BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(60)    NOT NULL
);
CREATE INDEX ix_nominee_search ON nominee (name_search);
CREATE INDEX ix_nominee_home ON nominee (home_unit_id);

-- A discipline, inspection or complaint about a nominee; nobody is awarded while one is PENDING.
CREATE TABLE nominee_case (
    id           BIGINT          NOT NULL PRIMARY KEY,
    version      BIGINT          NOT NULL DEFAULT 0,
    nominee_id   BIGINT          NOT NULL REFERENCES nominee (id),
    kind         VARCHAR(12)     NOT NULL,
    status       VARCHAR(8)      NOT NULL,
    description  VARCHAR(1000)   NOT NULL,
    opened_on    DATE            NOT NULL,
    closed_on    DATE,
    recorded_by  VARCHAR(60)     NOT NULL
);
CREATE INDEX ix_nominee_case ON nominee_case (nominee_id, status);

-- A cover letter (tờ trình) with which a unit sends nominations to the level above.
CREATE TABLE submission_batch (
    id             BIGINT          NOT NULL PRIMARY KEY,
    version        BIGINT          NOT NULL DEFAULT 0,
    from_unit_id   BIGINT          NOT NULL REFERENCES org_unit (id),
    to_unit_id     BIGINT          NOT NULL REFERENCES org_unit (id),
    letter_number  VARCHAR(60),
    cover_letter   VARCHAR(8000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(60)     NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_submission_batch_from ON submission_batch (from_unit_id);
CREATE INDEX ix_submission_batch_to ON submission_batch (to_unit_id);

-- An award decision (quyết định khen thưởng), numbered seq within its issuing unit and year.
CREATE TABLE decision (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    issuing_unit_id  BIGINT         NOT NULL REFERENCES org_unit (id),
    decision_year    INT            NOT NULL,
    seq              INT            NOT NULL,
    number_text      VARCHAR(60)    NOT NULL,
    signed_on        DATE           NOT NULL,
    signed_by        VARCHAR(60)    NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    demo             BOOLEAN        NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_decision_number UNIQUE (issuing_unit_id, decision_year, seq)
);

-- The last number given per issuing unit and year. The row is locked (SELECT ... FOR UPDATE) while a number is
-- taken, so numbers are gapless: a rolled-back decision gives its number back.
CREATE TABLE decision_register (
    id               BIGINT   NOT NULL PRIMARY KEY,
    version          BIGINT   NOT NULL DEFAULT 0,
    issuing_unit_id  BIGINT   NOT NULL REFERENCES org_unit (id),
    register_year    INT      NOT NULL,
    last_seq         INT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_decision_register UNIQUE (issuing_unit_id, register_year)
);

-- A nomination dossier. proposing_unit_id proposed it; current_unit_id holds it now (it moves up the chain).
-- state: DRAFT, SUBMITTED, RECEIVED, APPRAISED, FORWARDED, COUNCIL_VOTE, PUBLIC_COMMENT, APPROVED, DECIDED,
-- RETURNED, REJECTED, WITHDRAWN (see NominationWorkflow). reason: why it was last returned or rejected.
CREATE TABLE nomination (
    id                 BIGINT          NOT NULL PRIMARY KEY,
    version            BIGINT          NOT NULL DEFAULT 0,
    nominee_id         BIGINT          NOT NULL REFERENCES nominee (id),
    award_type_id      BIGINT          NOT NULL REFERENCES award_type (id),
    proposing_unit_id  BIGINT          NOT NULL REFERENCES org_unit (id),
    current_unit_id    BIGINT          NOT NULL REFERENCES org_unit (id),
    state              VARCHAR(16)     NOT NULL,
    movement_id        BIGINT          REFERENCES movement (id),
    year_from          INT             NOT NULL,
    year_to            INT             NOT NULL,
    summary            VARCHAR(8000),
    batch_id           BIGINT          REFERENCES submission_batch (id),
    decision_id        BIGINT          REFERENCES decision (id),
    reason             VARCHAR(2000),
    comment_until      TIMESTAMP WITH TIME ZONE,
    drafted_by         VARCHAR(60)     NOT NULL,
    last_changed_by    VARCHAR(60)     NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    stage_since        TIMESTAMP WITH TIME ZONE NOT NULL,
    demo               BOOLEAN         NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_nomination_years CHECK (year_from <= year_to)
);
CREATE INDEX ix_nomination_state ON nomination (state, id);
CREATE INDEX ix_nomination_nominee ON nomination (nominee_id, award_type_id);
CREATE INDEX ix_nomination_current ON nomination (current_unit_id, state);
CREATE INDEX ix_nomination_proposing ON nomination (proposing_unit_id, state);

-- The units on a nomination's path: the proposing unit and the units above it whenever it was submitted or moved.
-- A nomination is visible to the holders of a role at any of them (and to nobody else).
CREATE TABLE nomination_route (
    nomination_id  BIGINT  NOT NULL REFERENCES nomination (id),
    unit_id        BIGINT  NOT NULL REFERENCES org_unit (id),
    CONSTRAINT pk_nomination_route PRIMARY KEY (nomination_id, unit_id)
);
CREATE INDEX ix_nomination_route_unit ON nomination_route (unit_id, nomination_id);

-- kind: ACHIEVEMENT_REPORT (báo cáo thành tích) or OTHER.
CREATE TABLE nomination_attachment (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    nomination_id  BIGINT         NOT NULL REFERENCES nomination (id),
    kind           VARCHAR(20)    NOT NULL,
    file_name      VARCHAR(255)   NOT NULL,
    content_type   VARCHAR(100)   NOT NULL,
    size_bytes     BIGINT         NOT NULL,
    content        BYTEA          NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by    VARCHAR(60)    NOT NULL
);
CREATE INDEX ix_nomination_attachment ON nomination_attachment (nomination_id);

-- The history of a nomination: one row per transition, written with its audit row in the same transaction.
-- unit_id: the unit in whose name the actor acted.
CREATE TABLE nomination_transition (
    id             BIGINT          NOT NULL PRIMARY KEY,
    version        BIGINT          NOT NULL DEFAULT 0,
    nomination_id  BIGINT          NOT NULL REFERENCES nomination (id),
    from_state     VARCHAR(16)     NOT NULL,
    to_state       VARCHAR(16)     NOT NULL,
    action         VARCHAR(20)     NOT NULL,
    actor          VARCHAR(60)     NOT NULL,
    unit_id        BIGINT          NOT NULL REFERENCES org_unit (id),
    comment_text   VARCHAR(2000),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_nomination_transition ON nomination_transition (nomination_id, occurred_at);

-- The award registry (sổ vàng): every granted award. award_year is the year of the achievement (the last year of
-- its period); unit_id the unit that proposed it (registry lookups follow its lineage across mergers).
CREATE TABLE award (
    id              BIGINT   NOT NULL PRIMARY KEY,
    version         BIGINT   NOT NULL DEFAULT 0,
    nominee_id      BIGINT   NOT NULL REFERENCES nominee (id),
    award_type_id   BIGINT   NOT NULL REFERENCES award_type (id),
    award_year      INT      NOT NULL,
    period_from     INT      NOT NULL,
    period_to       INT      NOT NULL,
    decision_id     BIGINT   NOT NULL REFERENCES decision (id),
    unit_id         BIGINT   NOT NULL REFERENCES org_unit (id),
    movement_id     BIGINT   REFERENCES movement (id),
    nomination_id   BIGINT   REFERENCES nomination (id),
    demo            BOOLEAN  NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_award_nominee ON award (nominee_id, award_type_id);
CREATE INDEX ix_award_unit ON award (unit_id, award_year);
CREATE INDEX ix_award_year ON award (award_year, award_type_id);
CREATE INDEX ix_award_movement ON award (movement_id);
CREATE INDEX ix_award_decision ON award (decision_id);

-- The emulation and commendation council of a granting unit; the secretary records absent members' written votes.
CREATE TABLE council_member (
    id          BIGINT     NOT NULL PRIMARY KEY,
    version     BIGINT     NOT NULL DEFAULT 0,
    unit_id     BIGINT     NOT NULL REFERENCES org_unit (id),
    user_id     BIGINT     NOT NULL REFERENCES app_user (id),
    secretary   BOOLEAN    NOT NULL DEFAULT FALSE,
    valid_from  DATE       NOT NULL,
    valid_to    DATE
);
CREATE INDEX ix_council_member_unit ON council_member (unit_id, valid_from);
CREATE INDEX ix_council_member_user ON council_member (user_id);

-- status: OPEN, CLOSED.
CREATE TABLE council_session (
    id          BIGINT          NOT NULL PRIMARY KEY,
    version     BIGINT          NOT NULL DEFAULT 0,
    unit_id     BIGINT          NOT NULL REFERENCES org_unit (id),
    title       VARCHAR(300)    NOT NULL,
    held_on     DATE            NOT NULL,
    status      VARCHAR(8)      NOT NULL,
    minutes     VARCHAR(8000),
    created_by  VARCHAR(60)     NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_council_session_unit ON council_session (unit_id, held_on);

CREATE TABLE council_agenda_item (
    session_id     BIGINT  NOT NULL REFERENCES council_session (id),
    nomination_id  BIGINT  NOT NULL REFERENCES nomination (id),
    CONSTRAINT pk_council_agenda_item PRIMARY KEY (session_id, nomination_id)
);
CREATE INDEX ix_council_agenda_nomination ON council_agenda_item (nomination_id);

-- Secret ballot: a ballot holds a choice (AGREE, DISAGREE, ABSTAIN) and nothing that could tie it to a member:
-- a random id (not from the sequence, whose order follows vote_record's), no time, no author.
CREATE TABLE ballot (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    session_id     BIGINT       NOT NULL REFERENCES council_session (id),
    nomination_id  BIGINT       NOT NULL REFERENCES nomination (id),
    choice         VARCHAR(8)   NOT NULL
);
CREATE INDEX ix_ballot_nomination ON ballot (nomination_id, choice);

-- Who has voted (once per nomination), kept apart from the ballots. written: an absent member's written vote,
-- recorded by recorded_by (the secretary).
CREATE TABLE vote_record (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    session_id     BIGINT        NOT NULL REFERENCES council_session (id),
    nomination_id  BIGINT        NOT NULL REFERENCES nomination (id),
    member_id      BIGINT        NOT NULL REFERENCES council_member (id),
    written        BOOLEAN       NOT NULL DEFAULT FALSE,
    recorded_by    VARCHAR(60)   NOT NULL,
    CONSTRAINT uq_vote_record UNIQUE (nomination_id, member_id)
);

-- Comments on a nominee published for public comment.
CREATE TABLE public_comment (
    id             BIGINT          NOT NULL PRIMARY KEY,
    version        BIGINT          NOT NULL DEFAULT 0,
    nomination_id  BIGINT          NOT NULL REFERENCES nomination (id),
    author         VARCHAR(60)     NOT NULL,
    comment_text   VARCHAR(4000)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_public_comment ON public_comment (nomination_id, created_at);

-- In-app notifications: a bundle key and its arguments (separated by U+001F), rendered in the reader's language.
CREATE TABLE notification (
    id          BIGINT          NOT NULL PRIMARY KEY,
    version     BIGINT          NOT NULL DEFAULT 0,
    user_id     BIGINT          NOT NULL REFERENCES app_user (id),
    text_key    VARCHAR(120)    NOT NULL,
    text_args   VARCHAR(2000),
    link_path   VARCHAR(400),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_notification_user ON notification (user_id, read_at);

-- The four award types of the Front (level ids of V1: 1 province, 3 commune). In 2026 the Front is organised at
-- province and commune level: the commune's committee gives Giấy khen, the province's the others. The medal
-- "Vì sự nghiệp đại đoàn kết dân tộc" is conferred once per person and never posthumously.
INSERT INTO award_type (id, code, name_vi, name_en, granting_level_id, recipient_kinds, council_vote, vote_threshold,
                        public_comment, comment_days, decision_pattern, once_only, posthumous, prior_type_id,
                        prior_years, sort_order) VALUES
    (502, 'GIAY_KHEN', 'Giấy khen', 'Certificate of recognition', 3, 'INDIVIDUAL,COLLECTIVE,HOUSEHOLD',
     FALSE, NULL, FALSE, 0, '{seq}/QĐ-MTTQ', FALSE, TRUE, NULL, 0, 2),
    (501, 'BANG_KHEN', 'Bằng khen', 'Certificate of merit', 1, 'INDIVIDUAL,COLLECTIVE,HOUSEHOLD',
     TRUE, 0.5, TRUE, 5, '{seq}/QĐ-MTTQ', FALSE, TRUE, NULL, 0, 1),
    (503, 'CO_THI_DUA', 'Cờ thi đua', 'Emulation flag', 1, 'COLLECTIVE',
     TRUE, 0.7, TRUE, 7, '{seq}/QĐ-MTTQ', FALSE, TRUE, 502, 2, 3),
    (504, 'KY_NIEM_CHUONG', 'Kỷ niệm chương "Vì sự nghiệp đại đoàn kết dân tộc"',
     'Commemorative medal "For the cause of great national unity"', 1, 'INDIVIDUAL',
     FALSE, NULL, FALSE, 0, '{seq}/QĐ-MTTQ', TRUE, FALSE, NULL, 0, 4);
