-- A counter per movement that every change of its results (values, workflow, restructuring) increases in the
-- changing transaction, so that cached roll-ups know they are stale on every instance.
ALTER TABLE movement ADD COLUMN results_version BIGINT NOT NULL DEFAULT 0;
