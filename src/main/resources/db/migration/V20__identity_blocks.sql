-- Identity values are handed out in blocks of 1000 instead of 32. H2 writes a sequence's new
-- block to the file at once, storing every page changed since the last write: with blocks of 32
-- that was four stores in ten of the sample centre's creation (an audit row per write). After a
-- clean close the next value follows on; after a cut, up to a block of numbers is skipped, as a
-- refused action already skips the one it drew. Nothing relies on numbers without gaps.
alter table aid_fund_entry alter column id set cache 1000;
alter table aid_handout alter column id set cache 1000;
alter table aid_handout_line alter column id set cache 1000;
alter table aid_item alter column id set cache 1000;
alter table aid_purchase alter column id set cache 1000;
alter table aid_purchase_line alter column id set cache 1000;
alter table aid_request alter column id set cache 1000;
alter table aid_stock_move alter column id set cache 1000;
alter table app_user alter column id set cache 1000;
alter table audit_event alter column id set cache 1000;
alter table backup_log alter column id set cache 1000;
alter table bed alter column id set cache 1000;
alter table bed_request alter column id set cache 1000;
alter table booking alter column id set cache 1000;
alter table care_plan alter column id set cache 1000;
alter table care_plan_action alter column id set cache 1000;
alter table care_plan_review alter column id set cache 1000;
alter table carer alter column id set cache 1000;
alter table case_assignment alter column id set cache 1000;
alter table case_note alter column id set cache 1000;
alter table child alter column id set cache 1000;
alter table chronology_event alter column id set cache 1000;
alter table enrolment alter column id set cache 1000;
alter table family alter column id set cache 1000;
alter table family_case alter column id set cache 1000;
alter table hq_export alter column id set cache 1000;
alter table parenting_group alter column id set cache 1000;
alter table parenting_session alter column id set cache 1000;
alter table referral alter column id set cache 1000;
alter table register_mark alter column id set cache 1000;
alter table restore_log alter column id set cache 1000;
alter table staff alter column id set cache 1000;
