-- The export's reach (hqexport.ReachIndicatorsRepository) reads, for a period, the children marked
-- in the register and those enrolled in it, and the register's indicator the days present per
-- enrolment. On ten years: the marks of a quarter by day alone made one row read per mark for its
-- child or enrolment (1,600 pages, 10,000 rows), now read from the index alone;
-- the enrolments went through every one begun before the period's end (22,000), now only through
-- those ending in it or later, or not ended (1,100).
create index register_mark_day_child on register_mark (on_date, child_id, status, enrolment_id);
create index enrolment_end_start_child on enrolment (ends_on, starts_on, child_id);
-- Reach also reads what it counts of every child (sex, birth, disability, family) and each
-- family's settlement with its number of carers. From these narrow indexes that is a third of the
-- pages of the tables themselves, which matters when the screens opened since have pushed them out
-- of the database's cache (16 MB for a database of 100 MB on ten years).
create index child_counted on child (id, sex, date_of_birth, disability, family_id);
create index family_settlement on family (id, settlement);
