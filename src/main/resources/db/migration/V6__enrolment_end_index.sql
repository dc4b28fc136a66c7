-- The figures count stays by the day they ended (discharges, lengths of stay) and residents by
-- the stays still open on a day; without this index each of those read every enrolment.
create index enrolment_ends_on on enrolment (ends_on);
