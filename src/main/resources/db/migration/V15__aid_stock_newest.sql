-- Stock on hand without searching the ledger (issue 12; docs/decisions/0021-aid-stock-newest-line.md).
-- Each item with stock lines has one row here pointing at its newest line. The foreign key makes
-- the copied total the very line's running total; the pointer is also the link the next line is
-- written after, so a pointer left behind the newest line would make the next line fork the chain,
-- which aid_stock_move_no_fork refuses: it cannot drift from the ledger unnoticed. Not audited:
-- it is derived from the audited ledger, like the fund's lock row.
create table aid_stock_newest (
    item_id  bigint  primary key,
    move_id  bigint  not null,
    on_hand  integer not null,
    constraint aid_stock_newest_item_fk foreign key (item_id) references aid_item (id),
    constraint aid_stock_newest_line_fk foreign key (move_id, item_id, on_hand)
        references aid_stock_move (id, item_id, on_hand_after),
    constraint aid_stock_newest_move_once unique (move_id)
);

-- the newest line of each item is the one no line follows
insert into aid_stock_newest (item_id, move_id, on_hand)
select m.item_id, m.id, m.on_hand_after from aid_stock_move m
where not exists (select 1 from aid_stock_move n where n.previous_id = m.id);

-- the goods each item received (purchases, donations in kind), which value its stock at average cost in the month's statement
create index aid_stock_move_received on aid_stock_move (kind, on_date, item_id);
