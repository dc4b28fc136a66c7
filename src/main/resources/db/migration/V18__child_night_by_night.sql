-- The headquarters export counts the children who slept at the centre in a period: without this
-- index it walked every night of ten years (110,000 rows) for each period shown.
create index child_night_night on child_night (night);
