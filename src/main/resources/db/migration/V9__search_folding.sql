-- Search folding (issue 9, docs/decisions/0012-search-folding.md). Families are found by their
-- own search text (code, district, carers' names, phone numbers), so a family with no children
-- is found too. A child's search text may grow: the folded name is spelled out in Latin letters.
-- V10 (a Java migration, as the folding is Java's) fills both for the rows already there; the
-- empty default is only for them, and dropped so that every new row must bring its text.
alter table family add column search_text varchar(20000) default '' not null;
alter table family alter column search_text drop default;
alter table child alter column search_text set data type varchar(4000);
