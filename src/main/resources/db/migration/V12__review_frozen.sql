-- Term reviews: who last wrote each narrative section (that leader may not approve the review: separation of
-- duties, as for the other documents). Reviews written before this are NULL: nobody is known, nobody is refused.
ALTER TABLE term_review ADD COLUMN achievements_by VARCHAR(60);
ALTER TABLE term_review ADD COLUMN shortcomings_by VARCHAR(60);
ALTER TABLE term_review ADD COLUMN lessons_by VARCHAR(60);
ALTER TABLE term_review ADD COLUMN directions_by VARCHAR(60);
