-- The dossier around nominations: the nominations of each submission batch (a nomination travels up in one batch
-- per level, so the link is a table of its own, not nomination.batch_id), the cover letter's date, how a case about
-- a nominee was closed, and the SMTP settings of e-mail notifications. Valid on H2 2.x and PostgreSQL 15.

-- A cover letter (tờ trình) has a number, a date and a text; it is sent once (sent_at), then it does not change.
ALTER TABLE submission_batch ADD COLUMN letter_date DATE;

CREATE TABLE submission_batch_item (
    batch_id       BIGINT  NOT NULL REFERENCES submission_batch (id),
    nomination_id  BIGINT  NOT NULL REFERENCES nomination (id),
    CONSTRAINT pk_submission_batch_item PRIMARY KEY (batch_id, nomination_id)
);
CREATE INDEX ix_submission_batch_item_nomination ON submission_batch_item (nomination_id);

ALTER TABLE nominee_case ADD COLUMN closed_by VARCHAR(60);
ALTER TABLE nominee_case ADD COLUMN closing_note VARCHAR(1000);

-- One row (id 1). E-mail is off while host or from_address is empty. security: NONE, STARTTLS or SSL.
-- app_url: the address of the application, for the links in e-mails.
CREATE TABLE mail_settings (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    host          VARCHAR(255),
    port          INT           NOT NULL DEFAULT 587,
    username      VARCHAR(255),
    password      VARCHAR(500),
    from_address  VARCHAR(255),
    security      VARCHAR(10)   NOT NULL DEFAULT 'STARTTLS',
    app_url       VARCHAR(255),
    updated_at    TIMESTAMP WITH TIME ZONE,
    updated_by    VARCHAR(60),
    CONSTRAINT ck_mail_settings_port CHECK (port BETWEEN 1 AND 65535)
);
INSERT INTO mail_settings (id, version, port, security) VALUES (1, 0, 587, 'STARTTLS');
