-- Schema owned by Flyway; valid on H2 2.x and PostgreSQL 15. One sequence feeds every entity id
-- (allocation 50, matching BaseEntity); rows seeded here use ids below 1000.
CREATE SEQUENCE thidua_seq START WITH 1000 INCREMENT BY 50;

-- Levels are configuration, not code: a new structure adds rows, never columns.
CREATE TABLE org_level (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(40)  NOT NULL,
    rank_order  INT          NOT NULL,
    name_vi     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    CONSTRAINT uq_org_level_code UNIQUE (code)
);

INSERT INTO org_level (id, code, rank_order, name_vi, name_en) VALUES
    (1, 'PROVINCE', 1, 'Cấp tỉnh', 'Province level'),
    (2, 'DISTRICT', 2, 'Cấp huyện', 'District level'),
    (3, 'COMMUNE', 3, 'Cấp xã', 'Commune level'),
    (4, 'RESIDENTIAL_AREA', 4, 'Thôn, bản, khu phố', 'Residential area');

-- An org unit is one continuing body from valid_from (inclusive) until valid_to (exclusive; NULL while it
-- exists). Its name, type and parent change over time: org_unit_version holds each stretch. Official codes are
-- reused across reforms, so a code names a unit only together with a date.
CREATE TABLE org_unit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(20)  NOT NULL,
    level_id    BIGINT       NOT NULL REFERENCES org_level (id),
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    demo        BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_org_unit_code ON org_unit (code, valid_from);

-- Restructuring events (create, merge, split, change of name or type, move, close) with their effective date.
CREATE TABLE org_event (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    kind            VARCHAR(20)   NOT NULL,
    effective_date  DATE          NOT NULL,
    legal_basis     VARCHAR(400),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(60)   NOT NULL
);
CREATE INDEX ix_org_event_date ON org_event (effective_date);

CREATE TABLE org_unit_version (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    unit_id      BIGINT       NOT NULL REFERENCES org_unit (id),
    name         VARCHAR(200) NOT NULL,
    name_search  VARCHAR(200) NOT NULL,
    unit_type    VARCHAR(60)  NOT NULL,
    parent_id    BIGINT       REFERENCES org_unit (id),
    valid_from   DATE         NOT NULL,
    valid_to     DATE,
    event_id     BIGINT       REFERENCES org_event (id)
);
CREATE INDEX ix_org_unit_version_unit ON org_unit_version (unit_id, valid_from);
CREATE INDEX ix_org_unit_version_parent ON org_unit_version (parent_id, valid_from);

-- Predecessor -> successor links of an event. Where an old unit went to several successors (a split or a partial
-- merge), exactly one link inherits its history, so every historical record counts once in any total.
CREATE TABLE org_event_link (
    id                BIGINT   NOT NULL PRIMARY KEY,
    version           BIGINT   NOT NULL DEFAULT 0,
    event_id          BIGINT   NOT NULL REFERENCES org_event (id),
    predecessor_id    BIGINT   NOT NULL REFERENCES org_unit (id),
    successor_id      BIGINT   NOT NULL REFERENCES org_unit (id),
    partial_transfer  BOOLEAN  NOT NULL DEFAULT FALSE,
    inherits_history  BOOLEAN  NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_org_event_link_predecessor ON org_event_link (predecessor_id);
CREATE INDEX ix_org_event_link_successor ON org_event_link (successor_id);

CREATE TABLE app_user (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    username              VARCHAR(60)  NOT NULL,
    display_name          VARCHAR(200) NOT NULL,
    email                 VARCHAR(200),
    password_hash         VARCHAR(400) NOT NULL,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts       INT          NOT NULL DEFAULT 0,
    failure_window_start  TIMESTAMP WITH TIME ZONE,
    locked_until          TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

-- A role is always held at an org unit, for a period (so a merged commune's officers can move).
CREATE TABLE role_assignment (
    id           BIGINT      NOT NULL PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    user_id      BIGINT      NOT NULL REFERENCES app_user (id),
    role_name    VARCHAR(30) NOT NULL,
    org_unit_id  BIGINT      NOT NULL REFERENCES org_unit (id),
    valid_from   DATE        NOT NULL,
    valid_to     DATE
);
CREATE INDEX ix_role_assignment_user ON role_assignment (user_id);
CREATE INDEX ix_role_assignment_unit ON role_assignment (org_unit_id);
CREATE INDEX ix_role_assignment_user_time ON role_assignment (user_id, valid_from);

CREATE TABLE login_attempt (
    id              BIGINT      NOT NULL PRIMARY KEY,
    username        VARCHAR(60) NOT NULL,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome         VARCHAR(30) NOT NULL,
    remote_address  VARCHAR(60)
);
CREATE INDEX ix_login_attempt_user ON login_attempt (username, attempted_at);

CREATE TABLE audit_log (
    id            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(60)   NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    entity_type   VARCHAR(60)   NOT NULL,
    entity_id     VARCHAR(60),
    before_state  VARCHAR(100000),
    after_state   VARCHAR(100000)
);
CREATE INDEX ix_audit_log_time ON audit_log (occurred_at);
CREATE INDEX ix_audit_log_entity ON audit_log (entity_type, entity_id);
