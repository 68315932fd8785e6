-- The council's sessions and secret ballots, public comment, and the deadlines of the review chain's stages with
-- their reminders. Valid on H2 2.x and PostgreSQL 15.

-- A member votes once on a nomination in a session. A dossier returned after its vote and sent to the council again
-- is voted on anew in a later session, so "once" is per session (V5 had it per nomination for ever).
ALTER TABLE vote_record DROP CONSTRAINT uq_vote_record;
ALTER TABLE vote_record ADD CONSTRAINT uq_vote_record_session UNIQUE (session_id, nomination_id, member_id);
CREATE INDEX ix_vote_record_member ON vote_record (member_id);

-- The result of an agenda item, fixed when its session closes: the ballots counted, and the members of the council
-- on the session's day (the threshold is a share of all of them: absent members who did not vote count against).
ALTER TABLE council_agenda_item ADD COLUMN agree INT;
ALTER TABLE council_agenda_item ADD COLUMN disagree INT;
ALTER TABLE council_agenda_item ADD COLUMN abstain INT;
ALTER TABLE council_agenda_item ADD COLUMN members INT;
ALTER TABLE council_agenda_item ADD COLUMN passed BOOLEAN;
CREATE INDEX ix_ballot_session ON ballot (session_id, nomination_id);
CREATE INDEX ix_council_session_status ON council_session (status, closed_at);

-- How many days a dossier may stay in a state before the unit holding it is reminded (e.g. RECEIVED: appraise it
-- within 10 days). A state without a row has no deadline.
CREATE TABLE stage_deadline (
    state    VARCHAR(16)  NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL DEFAULT 0,
    days     INT          NOT NULL,
    CONSTRAINT ck_stage_deadline_days CHECK (days > 0 AND days <= 365)
);
INSERT INTO stage_deadline (state, days) VALUES
    ('SUBMITTED', 5), ('FORWARDED', 5), ('RECEIVED', 10), ('APPRAISED', 7), ('COUNCIL_VOTE', 15),
    ('APPROVED', 10), ('RETURNED', 15);

-- One reminder per stay of a dossier in a state: a stay is known by the moment the dossier entered the state.
CREATE TABLE stage_reminder (
    nomination_id  BIGINT                    NOT NULL REFERENCES nomination (id),
    stage_since    TIMESTAMP WITH TIME ZONE  NOT NULL,
    state          VARCHAR(16)               NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    CONSTRAINT pk_stage_reminder PRIMARY KEY (nomination_id, stage_since)
);

-- Leases of scheduled jobs. Every instance runs the job's timer; the one that takes the lease (an UPDATE that
-- succeeds only when the lease has expired) does the work, the others skip that round.
CREATE TABLE job_lease (
    name        VARCHAR(60)               NOT NULL PRIMARY KEY,
    owner       VARCHAR(120),
    expires_at  TIMESTAMP WITH TIME ZONE  NOT NULL
);
INSERT INTO job_lease (name, owner, expires_at) VALUES
    ('stage-deadlines', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
