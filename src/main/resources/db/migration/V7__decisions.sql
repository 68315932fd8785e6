-- Decisions for a list of nominations (issue 5: decisions, certificates, registry). Valid on H2 2.x and
-- PostgreSQL 15. V6, V8 and V9 are left to other parts of the feature.
--
-- A decision grants one award type (its number follows that type's pattern) to every recipient it lists.
-- subject: what follows "Về việc" in its title; signer_name and signer_title: as printed under the signature on the
-- day it was signed (a later change of the signer's account does not rewrite a signed decision). Decisions made
-- before this migration (one dossier each) take the award type of their award and the default subject and title.
ALTER TABLE decision ADD COLUMN award_type_id BIGINT;
ALTER TABLE decision ADD COLUMN subject VARCHAR(500);
ALTER TABLE decision ADD COLUMN signer_name VARCHAR(200);
ALTER TABLE decision ADD COLUMN signer_title VARCHAR(100);
ALTER TABLE decision ADD CONSTRAINT fk_decision_award_type FOREIGN KEY (award_type_id) REFERENCES award_type (id);
UPDATE decision SET award_type_id = (SELECT MIN(a.award_type_id) FROM award a WHERE a.decision_id = decision.id);
UPDATE decision SET signer_title = 'Chủ tịch',
    signer_name = COALESCE((SELECT u.display_name FROM app_user u WHERE u.username = decision.signed_by), signed_by),
    subject = 'tặng ' || (SELECT t.name_vi FROM award_type t WHERE t.id = decision.award_type_id)
        || ' cho các tập thể, cá nhân có thành tích xuất sắc';
ALTER TABLE decision ALTER COLUMN award_type_id SET NOT NULL;
ALTER TABLE decision ALTER COLUMN subject SET NOT NULL;
ALTER TABLE decision ALTER COLUMN signer_name SET NOT NULL;
ALTER TABLE decision ALTER COLUMN signer_title SET NOT NULL;

-- The decisions of a year, newest first.
CREATE INDEX ix_decision_year ON decision (decision_year, signed_on);
