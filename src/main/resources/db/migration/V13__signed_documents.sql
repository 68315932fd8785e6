-- A signed decision reads forever as it was signed. The names its documents and the registry show are kept on the
-- decision and on each award as they were on the day of signing, so that renaming an award type or a movement, or
-- correcting a nominee's record, changes no decision and no registry line. Rows entered before this take today's.
ALTER TABLE decision ADD COLUMN award_type_name_vi VARCHAR(300);
ALTER TABLE decision ADD COLUMN award_type_name_en VARCHAR(300);
UPDATE decision SET award_type_name_vi = (SELECT t.name_vi FROM award_type t WHERE t.id = decision.award_type_id),
                    award_type_name_en = (SELECT t.name_en FROM award_type t WHERE t.id = decision.award_type_id);
ALTER TABLE decision ALTER COLUMN award_type_name_vi SET NOT NULL;
ALTER TABLE decision ALTER COLUMN award_type_name_en SET NOT NULL;

-- recipient_name_search: the name as stored for search (no diacritics, lower case), as nominee.name_search.
ALTER TABLE award ADD COLUMN recipient_name VARCHAR(300);
ALTER TABLE award ADD COLUMN recipient_name_search VARCHAR(300);
ALTER TABLE award ADD COLUMN job_title VARCHAR(300);
ALTER TABLE award ADD COLUMN award_type_name_vi VARCHAR(300);
ALTER TABLE award ADD COLUMN award_type_name_en VARCHAR(300);
ALTER TABLE award ADD COLUMN movement_name VARCHAR(300);
UPDATE award SET recipient_name = (SELECT e.name FROM nominee e WHERE e.id = award.nominee_id),
                 recipient_name_search = (SELECT e.name_search FROM nominee e WHERE e.id = award.nominee_id),
                 job_title = (SELECT e.job_title FROM nominee e WHERE e.id = award.nominee_id),
                 award_type_name_vi = (SELECT t.name_vi FROM award_type t WHERE t.id = award.award_type_id),
                 award_type_name_en = (SELECT t.name_en FROM award_type t WHERE t.id = award.award_type_id),
                 movement_name = (SELECT m.name FROM movement m WHERE m.id = award.movement_id);
ALTER TABLE award ALTER COLUMN recipient_name SET NOT NULL;
ALTER TABLE award ALTER COLUMN recipient_name_search SET NOT NULL;
ALTER TABLE award ALTER COLUMN award_type_name_vi SET NOT NULL;
ALTER TABLE award ALTER COLUMN award_type_name_en SET NOT NULL;

-- The PDFs of a signed decision as they were generated when it was signed: the decision itself (kind DECISION,
-- award_id NULL) and one certificate per award (kind CERTIFICATE). Downloads serve these bytes; a decision signed
-- before this (none but the demo's) has its documents generated and kept on the first download.
-- uploaded_by: the signer, or 'system' for a document generated later.
CREATE TABLE signed_document (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    decision_id    BIGINT         NOT NULL REFERENCES decision (id),
    award_id       BIGINT         REFERENCES award (id),
    kind           VARCHAR(20)    NOT NULL,
    file_name      VARCHAR(255)   NOT NULL,
    content_type   VARCHAR(100)   NOT NULL,
    size_bytes     BIGINT         NOT NULL,
    content        BYTEA          NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by    VARCHAR(60)    NOT NULL,
    CONSTRAINT ck_signed_document_kind CHECK ((kind = 'DECISION' AND award_id IS NULL)
        OR (kind = 'CERTIFICATE' AND award_id IS NOT NULL))
);
CREATE INDEX ix_signed_document_decision ON signed_document (decision_id, kind);
CREATE UNIQUE INDEX ux_signed_document_award ON signed_document (award_id);
