package org.markaz.hqexport;

import static org.markaz.db.Tables.AID_HANDOUT;
import static org.markaz.db.Tables.CARER;
import static org.markaz.db.Tables.CASE_CHILD;
import static org.markaz.db.Tables.CHILD;
import static org.markaz.db.Tables.CHILD_NIGHT;
import static org.markaz.db.Tables.ENROLMENT;
import static org.markaz.db.Tables.FAMILY;
import static org.markaz.db.Tables.FAMILY_CASE;
import static org.markaz.db.Tables.REGISTER_MARK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.markaz.core.feature.CountedChild;

/**
 * Who the centre reached in a period, over every service at once (docs/indicators.md): the union
 * of the children enrolled, marked in the register, sleeping at the centre or named in a case,
 * and of their families together with the families in a case or given aid.
 */
public final class ReachIndicatorsRepository {

    /** The tables read only through rows dated in the period: the marks, by their day. */
    public static final java.util.Set<String> TABLES_READ_BY_DATE = java.util.Set.of(REGISTER_MARK.getName());

    /** Who was reached in a period: the children, each once, and the families with their settlement and carers. */
    public record Reach(List<CountedChild> children, Map<Long, String> familySettlements, int carers) {
    }

    /** The ids of the children reached in the period (the package's children file lists the same). */
    static Select<org.jooq.Record1<Long>> childrenReachedIds(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.select(ENROLMENT.CHILD_ID).from(ENROLMENT).where(ENROLMENT.STARTS_ON.le(to))
                .and(ENROLMENT.ENDS_ON.isNull().or(ENROLMENT.ENDS_ON.ge(from)))
                .union(dsl.select(REGISTER_MARK.CHILD_ID).from(REGISTER_MARK).where(REGISTER_MARK.ON_DATE.between(from, to)))
                .union(dsl.select(CHILD_NIGHT.CHILD_ID).from(CHILD_NIGHT).where(CHILD_NIGHT.NIGHT.between(from, to)))
                .union(dsl.select(CASE_CHILD.CHILD_ID).from(CASE_CHILD).join(FAMILY_CASE).on(FAMILY_CASE.ID.eq(CASE_CHILD.CASE_ID))
                        .where(casesOpenIn(from, to)));
    }

    static org.jooq.Condition casesOpenIn(LocalDate from, LocalDate to) {
        return FAMILY_CASE.OPENED_ON.le(to).and(FAMILY_CASE.CLOSED_ON.isNull().or(FAMILY_CASE.CLOSED_ON.ge(from)));
    }

    /** {@link #casesOpenIn} as two ranges of the index on (closed_on, opened_on): not closed, or closed in the period or later. */
    private static List<org.jooq.Condition> casesOpenInParts(LocalDate from, LocalDate to) {
        return List.of(FAMILY_CASE.CLOSED_ON.isNull().and(FAMILY_CASE.OPENED_ON.le(to)),
                FAMILY_CASE.CLOSED_ON.ge(from).and(FAMILY_CASE.OPENED_ON.le(to)));
    }

    /**
     * The reached ids as the first table of a join. Not {@code id IN (the union)}: H2 runs that
     * nested in another IN for every row, minutes on ten years; as a joined table it runs once.
     */
    static org.jooq.Table<org.jooq.Record1<Long>> reached(DSLContext dsl, LocalDate from, LocalDate to) {
        return childrenReachedIds(dsl, from, to).asTable("reached", "child_id");
    }

    static Field<Long> reachedId() {
        return DSL.field(DSL.name("reached", "child_id"), Long.class);
    }

    /**
     * The children reached (aged on the period's last day), the families of these children with
     * those in a case open in the period or given aid in it, and the carers of those families.
     * Each part is read on its own and joined here: as one query (the union joined to the
     * children) H2 2.5 ran the union once for every child, 280 ms for a quarter on ten years; the
     * parts are index ranges of a few ms each, and the children, families and carers a few
     * thousand rows read whole from narrow indexes (V19), in no order: only counted.
     */
    public Reach reach(DSLContext dsl, LocalDate from, LocalDate to) {
        Set<Long> reachedIds = new HashSet<>();
        // enrolments and cases overlapping the period, as two ranges each (not ended, or ended in it
        // or later): with "or" in one query H2 went through all ten years of them
        reachedIds.addAll(dsl.select(ENROLMENT.CHILD_ID).from(ENROLMENT).where(ENROLMENT.ENDS_ON.ge(from))
                .and(ENROLMENT.STARTS_ON.le(to)).fetch(Record1::value1));
        reachedIds.addAll(dsl.select(ENROLMENT.CHILD_ID).from(ENROLMENT).where(ENROLMENT.ENDS_ON.isNull())
                .and(ENROLMENT.STARTS_ON.le(to)).fetch(Record1::value1));
        reachedIds.addAll(dsl.selectDistinct(REGISTER_MARK.CHILD_ID).from(REGISTER_MARK).where(REGISTER_MARK.ON_DATE.between(from, to))
                .fetch(Record1::value1));
        reachedIds.addAll(dsl.selectDistinct(CHILD_NIGHT.CHILD_ID).from(CHILD_NIGHT).where(CHILD_NIGHT.NIGHT.between(from, to))
                .fetch(Record1::value1));
        for (org.jooq.Condition open : casesOpenInParts(from, to)) {
            reachedIds.addAll(dsl.select(CASE_CHILD.CHILD_ID).from(FAMILY_CASE).join(CASE_CHILD).on(CASE_CHILD.CASE_ID.eq(FAMILY_CASE.ID))
                    .where(open).fetch(Record1::value1));
        }
        List<CountedChild> children = new ArrayList<>();
        Set<Long> families = new HashSet<>();
        dsl.select(CHILD.ID, CHILD.SEX, CHILD.DATE_OF_BIRTH, CHILD.DISABILITY, CHILD.FAMILY_ID).from(CHILD)
                .forEach(r -> {
                    if (reachedIds.contains(r.value1())) {
                        children.add(new CountedChild(r.value1(), r.value2().name(), r.value3(), r.value4() != null, to));
                        families.add(r.value5());
                    }
                });
        for (org.jooq.Condition open : casesOpenInParts(from, to)) {
            families.addAll(dsl.select(FAMILY_CASE.FAMILY_ID).from(FAMILY_CASE).where(open).fetch(Record1::value1));
        }
        families.addAll(dsl.select(AID_HANDOUT.FAMILY_ID).from(AID_HANDOUT).where(AID_HANDOUT.ON_DATE.between(from, to))
                .fetch(Record1::value1));
        Map<Long, String> settlements = new TreeMap<>();
        int[] carers = {0};
        dsl.select(FAMILY.ID, FAMILY.SETTLEMENT, DSL.count(CARER.ID)).from(FAMILY).leftJoin(CARER).on(CARER.FAMILY_ID.eq(FAMILY.ID))
                .groupBy(FAMILY.ID, FAMILY.SETTLEMENT).forEach(r -> {
                    if (families.contains(r.value1())) {
                        settlements.put(r.value1(), r.value2().name());
                        carers[0] += r.value3();
                    }
                });
        return new Reach(List.copyOf(children), settlements, carers[0]);
    }
}
