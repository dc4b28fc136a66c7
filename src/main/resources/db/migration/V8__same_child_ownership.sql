-- A register mark's enrolment belongs to the same child, and so does an enrolment's referral
-- (issue 8): the database refuses a row that links one child's record to another child's.
alter table enrolment add constraint enrolment_id_child unique (id, child_id);
alter table register_mark add constraint register_mark_enrolment_same_child
    foreign key (enrolment_id, child_id) references enrolment (id, child_id);

alter table referral add constraint referral_id_child unique (id, child_id);
alter table enrolment add constraint enrolment_referral_same_child
    foreign key (referral_id, child_id) references referral (id, child_id);
