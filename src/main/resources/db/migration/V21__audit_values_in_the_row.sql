-- The audit trail's before and after values (JSON, a few hundred bytes each) are kept in the row
-- itself up to 8 KB, not in H2's separate store of large values, where H2 put every value over
-- 256 bytes: there each took several writes of its own. Tried on 4,000 values of 450 bytes: 60-230
-- ms to write instead of 480-840, and a file a quarter of the size. The setting is kept in the
-- database; values written before it stay where they are and read as before.
set max_length_inplace_lob 8192;
