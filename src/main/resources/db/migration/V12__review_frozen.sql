-- Term reviews: who last wrote each narrative section (that leader may not approve the review: separation of
-- duties, as for the other documents). Reviews written before this are NULL: nobody is known, nobody is refused.
ALTER TABLE term_review ADD COLUMN achievements_by VARCHAR(60);
ALTER TABLE term_review ADD COLUMN shortcomings_by VARCHAR(60);
ALTER TABLE term_review ADD COLUMN lessons_by VARCHAR(60);
ALTER TABLE term_review ADD COLUMN directions_by VARCHAR(60);

-- The figures of an approved review as they were when it was approved (its tables as JSON), so the adopted document
-- no longer moves with later approvals, restructurings or targets; NULL for a draft (computed when read) and cleared
-- when a leader reopens the review. TEXT: unbounded in PostgreSQL, CHARACTER VARYING in H2 2.x.
ALTER TABLE term_review ADD COLUMN frozen_tables TEXT;
