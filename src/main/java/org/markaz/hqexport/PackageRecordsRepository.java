package org.markaz.hqexport;

import static org.markaz.db.Tables.AID_HANDOUT;
import static org.markaz.db.Tables.AID_HANDOUT_LINE;
import static org.markaz.db.Tables.AID_ITEM;
import static org.markaz.db.Tables.AID_STOCK_MOVE;
import static org.markaz.db.Tables.BOOKING;
import static org.markaz.db.Tables.CASE_CHILD;
import static org.markaz.db.Tables.CASE_OUTCOME;
import static org.markaz.db.Tables.CHILD;
import static org.markaz.db.Tables.ENROLMENT;
import static org.markaz.db.Tables.FAMILY;
import static org.markaz.db.Tables.FAMILY_CASE;
import static org.markaz.db.Tables.REGISTER_MARK;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.markaz.aid.StockMoveKind;
import org.markaz.register.MarkStatus;

/**
 * The de-identified records of a package, read row by row (a cursor, never the whole table in
 * memory) and handed on as plain values: dates, codes and numbers, and {@link Ref}s where a
 * child, family or case is named, which the writer turns into pseudonymous ids. No name,
 * address, phone, note or free text is ever selected here, except by {@link #namedChildren}.
 */
public final class PackageRecordsRepository {

    /** Which record a row names, by its id in this database (never written as such). */
    public record Ref(String kind, long id) {
        public static final String CHILD = "child";
        public static final String FAMILY = "family";
        public static final String CASE = "case";
    }

    private static final int FETCH_SIZE = 1000;

    private static void stream(ResultQuery<? extends Record> query, java.util.function.Function<Record, List<Object>> row,
                               Consumer<List<Object>> out) {
        try (Cursor<? extends Record> cursor = query.fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record record : cursor) {
                out.accept(row.apply(record));
            }
        }
    }

    /** The children reached in the period: sex, birth month, district, disability recorded or not. */
    public void children(DSLContext dsl, LocalDate from, LocalDate to, Consumer<List<Object>> out) {
        stream(dsl.select(CHILD.ID, CHILD.SEX, CHILD.DATE_OF_BIRTH, FAMILY.DISTRICT, CHILD.DISABILITY).from(ReachIndicatorsRepository.reached(dsl, from, to))
                        .join(CHILD).on(CHILD.ID.eq(ReachIndicatorsRepository.reachedId()))
                        .join(FAMILY).on(FAMILY.ID.eq(CHILD.FAMILY_ID))
                        .orderBy(CHILD.ID),
                r -> List.of(new Ref(Ref.CHILD, r.get(CHILD.ID)), r.get(CHILD.SEX).name(),
                        YearMonth.from(r.get(CHILD.DATE_OF_BIRTH)).toString(), r.get(FAMILY.DISTRICT),
                        r.get(CHILD.DISABILITY) != null ? "yes" : "no"),
                out);
    }

    /** Enrolments open at any time in the period, with their dates and outcome. */
    public void enrolments(DSLContext dsl, LocalDate from, LocalDate to, Consumer<List<Object>> out) {
        stream(dsl.select(ENROLMENT.CHILD_ID, ENROLMENT.SERVICE, ENROLMENT.STARTS_ON, ENROLMENT.PLANNED_END_ON,
                                ENROLMENT.ENDS_ON, ENROLMENT.DISCHARGE_OUTCOME).from(ENROLMENT)
                        .where(ENROLMENT.STARTS_ON.le(to)).and(ENROLMENT.ENDS_ON.isNull().or(ENROLMENT.ENDS_ON.ge(from)))
                        .orderBy(ENROLMENT.ID),
                r -> Arrays.asList(new Ref(Ref.CHILD, r.get(ENROLMENT.CHILD_ID)), r.get(ENROLMENT.SERVICE).name(),
                        r.get(ENROLMENT.STARTS_ON), r.get(ENROLMENT.PLANNED_END_ON), r.get(ENROLMENT.ENDS_ON),
                        r.get(ENROLMENT.DISCHARGE_OUTCOME) == null ? null : r.get(ENROLMENT.DISCHARGE_OUTCOME).name()),
                out);
    }

    /** Per child, month and service: days marked present and absent (unplanned visits under UNPLANNED). */
    public void attendance(DSLContext dsl, LocalDate from, LocalDate to, Consumer<List<Object>> out) {
        Field<Integer> year = DSL.year(REGISTER_MARK.ON_DATE);
        Field<Integer> month = DSL.month(REGISTER_MARK.ON_DATE);
        var present = DSL.count().filterWhere(REGISTER_MARK.STATUS.eq(MarkStatus.PRESENT));
        var absent = DSL.count().filterWhere(REGISTER_MARK.STATUS.eq(MarkStatus.ABSENT));
        stream(dsl.select(REGISTER_MARK.CHILD_ID, year, month, ENROLMENT.SERVICE, present, absent).from(REGISTER_MARK)
                        .leftJoin(ENROLMENT).on(ENROLMENT.ID.eq(REGISTER_MARK.ENROLMENT_ID))
                        .where(REGISTER_MARK.ON_DATE.between(from, to))
                        .groupBy(REGISTER_MARK.CHILD_ID, year, month, ENROLMENT.SERVICE)
                        .orderBy(REGISTER_MARK.CHILD_ID, year, month, ENROLMENT.SERVICE.nullsLast()),
                r -> List.of(new Ref(Ref.CHILD, r.get(REGISTER_MARK.CHILD_ID)),
                        YearMonth.of(r.get(year), r.get(month)).toString(),
                        r.get(ENROLMENT.SERVICE) == null ? "UNPLANNED" : r.get(ENROLMENT.SERVICE).name(),
                        r.get(present), r.get(absent)),
                out);
    }

    /** Stays on a bed (checked in, or in and out) with nights in the period. */
    public void bedStays(DSLContext dsl, LocalDate from, LocalDate to, Consumer<List<Object>> out) {
        stream(dsl.select(BOOKING.CHILD_ID, BOOKING.UNIT, BOOKING.SERVICE, BOOKING.PURPOSE, BOOKING.FIRST_NIGHT,
                                BOOKING.LAST_NIGHT, BOOKING.STATUS, BOOKING.CHECKED_IN_ON, BOOKING.CHECKED_OUT_ON).from(BOOKING)
                        .where(BOOKING.FIRST_NIGHT.le(to)).and(BOOKING.LAST_NIGHT.ge(from))
                        .and(BOOKING.STATUS.in(org.markaz.beds.BookingStatus.CHECKED_IN, org.markaz.beds.BookingStatus.CHECKED_OUT)).orderBy(BOOKING.ID),
                r -> Arrays.asList(new Ref(Ref.CHILD, r.get(BOOKING.CHILD_ID)), r.get(BOOKING.UNIT),
                        r.get(BOOKING.SERVICE), r.get(BOOKING.PURPOSE), r.get(BOOKING.FIRST_NIGHT), r.get(BOOKING.LAST_NIGHT),
                        r.get(BOOKING.STATUS), r.get(BOOKING.CHECKED_IN_ON), r.get(BOOKING.CHECKED_OUT_ON)),
                out);
    }

    /** Cases open at any time in the period: type, dates, outcomes (joined with +) and how many children. */
    public void cases(DSLContext dsl, LocalDate from, LocalDate to, Consumer<List<Object>> out) {
        var outcomes = DSL.field(DSL.select(DSL.listAgg(CASE_OUTCOME.OUTCOME.cast(String.class), "+")
                .withinGroupOrderBy(CASE_OUTCOME.OUTCOME.cast(String.class))).from(CASE_OUTCOME)
                .where(CASE_OUTCOME.CASE_ID.eq(FAMILY_CASE.ID)));
        var children = DSL.field(DSL.selectCount().from(CASE_CHILD).where(CASE_CHILD.CASE_ID.eq(FAMILY_CASE.ID)));
        stream(dsl.select(FAMILY_CASE.ID, FAMILY_CASE.FAMILY_ID, FAMILY_CASE.CASE_TYPE, FAMILY_CASE.OPENED_ON,
                                FAMILY_CASE.PROGRAMME_ENDS_ON, FAMILY_CASE.CLOSED_ON, outcomes, children).from(FAMILY_CASE)
                        .where(ReachIndicatorsRepository.casesOpenIn(from, to)).orderBy(FAMILY_CASE.ID),
                r -> Arrays.asList(new Ref(Ref.CASE, r.get(FAMILY_CASE.ID)), new Ref(Ref.FAMILY, r.get(FAMILY_CASE.FAMILY_ID)),
                        r.get(FAMILY_CASE.CASE_TYPE).name(), r.get(FAMILY_CASE.OPENED_ON), r.get(FAMILY_CASE.PROGRAMME_ENDS_ON),
                        r.get(FAMILY_CASE.CLOSED_ON), r.get(outcomes), r.get(children)),
                out);
    }

    /** Per hand-out line not taken back: family, day, reason, item, category and quantity (the writer values it). */
    public void aidHandouts(DSLContext dsl, LocalDate from, LocalDate to, Consumer<List<Object>> out) {
        var reversal = AID_STOCK_MOVE.as("reversal");
        var handed = DSL.sum(AID_STOCK_MOVE.QUANTITY).neg();
        stream(dsl.select(AID_HANDOUT.ID, AID_HANDOUT.FAMILY_ID, AID_HANDOUT.ON_DATE, AID_HANDOUT.REASON, AID_ITEM.ID,
                                AID_ITEM.CATEGORY, handed).from(AID_HANDOUT)
                        .join(AID_HANDOUT_LINE).on(AID_HANDOUT_LINE.HANDOUT_ID.eq(AID_HANDOUT.ID))
                        .join(AID_ITEM).on(AID_ITEM.ID.eq(AID_HANDOUT_LINE.ITEM_ID))
                        .join(AID_STOCK_MOVE).on(AID_STOCK_MOVE.HANDOUT_LINE_ID.eq(AID_HANDOUT_LINE.ID)
                                .and(AID_STOCK_MOVE.KIND.eq(StockMoveKind.HANDOUT)))
                        .where(AID_HANDOUT.ON_DATE.between(from, to))
                        .andNotExists(DSL.selectOne().from(reversal).where(reversal.REVERSES_ID.eq(AID_STOCK_MOVE.ID)))
                        .groupBy(AID_HANDOUT.ID, AID_HANDOUT.FAMILY_ID, AID_HANDOUT.ON_DATE, AID_HANDOUT.REASON, AID_ITEM.ID,
                                AID_ITEM.CATEGORY)
                        .orderBy(AID_HANDOUT.ID, AID_ITEM.ID),
                r -> List.of(new Ref(Ref.FAMILY, r.get(AID_HANDOUT.FAMILY_ID)), r.get(AID_HANDOUT.ON_DATE),
                        r.get(AID_HANDOUT.REASON).name(), r.get(AID_ITEM.ID), r.get(AID_ITEM.CATEGORY).name(),
                        r.get(handed).longValue()),
                out);
    }

    /** Only for a package with named records (a director's, with a reason, encrypted): who each pseudonym is. */
    public void namedChildren(DSLContext dsl, LocalDate from, LocalDate to, Consumer<List<Object>> out) {
        stream(dsl.select(CHILD.ID, CHILD.FULL_NAME, CHILD.DATE_OF_BIRTH, FAMILY.CODE).from(ReachIndicatorsRepository.reached(dsl, from, to))
                        .join(CHILD).on(CHILD.ID.eq(ReachIndicatorsRepository.reachedId()))
                        .join(FAMILY).on(FAMILY.ID.eq(CHILD.FAMILY_ID))
                        .orderBy(CHILD.ID),
                r -> new ArrayList<>(List.of(new Ref(Ref.CHILD, r.get(CHILD.ID)), r.get(CHILD.FULL_NAME),
                        r.get(CHILD.DATE_OF_BIRTH), r.get(FAMILY.CODE))),
                out);
    }
}
