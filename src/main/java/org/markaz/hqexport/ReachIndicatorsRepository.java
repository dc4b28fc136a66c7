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
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.markaz.core.feature.CountedChild;

/**
 * Who the centre reached in a period, over every service at once (docs/indicators.md): the union
 * of the children enrolled, marked in the register, sleeping at the centre or named in a case,
 * and of their families together with the families in a case or given aid.
 */
public final class ReachIndicatorsRepository {

    /** A family reached, with its settlement (rural or urban). */
    public record FamilyReached(long familyId, String settlement) {
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

    /** The children reached, each once, aged on the period's last day. */
    public List<CountedChild> childrenReached(DSLContext dsl, LocalDate from, LocalDate to) {
        Field<Long> id = DSL.field(DSL.name("reached", "child_id"), Long.class);
        return dsl.select(CHILD.ID, CHILD.SEX, CHILD.DATE_OF_BIRTH, CHILD.DISABILITY).from(CHILD)
                .where(CHILD.ID.in(dsl.select(id).from(childrenReachedIds(dsl, from, to).asTable("reached", "child_id"))))
                .orderBy(CHILD.ID)
                .fetch(r -> new CountedChild(r.value1(), r.value2().name(), r.value3(), r.value4() != null, to));
    }

    /** The families of the children reached, those with a case open in the period and those given aid in it. */
    public List<FamilyReached> familiesReached(DSLContext dsl, LocalDate from, LocalDate to) {
        Field<Long> id = DSL.field(DSL.name("reached", "child_id"), Long.class);
        var ids = dsl.select(CHILD.FAMILY_ID).from(CHILD)
                .where(CHILD.ID.in(dsl.select(id).from(childrenReachedIds(dsl, from, to).asTable("reached", "child_id"))))
                .union(dsl.select(FAMILY_CASE.FAMILY_ID).from(FAMILY_CASE).where(casesOpenIn(from, to)))
                .union(dsl.select(AID_HANDOUT.FAMILY_ID).from(AID_HANDOUT).where(AID_HANDOUT.ON_DATE.between(from, to)));
        return dsl.select(FAMILY.ID, FAMILY.SETTLEMENT).from(FAMILY).where(FAMILY.ID.in(ids)).orderBy(FAMILY.ID)
                .fetch(r -> new FamilyReached(r.value1(), r.value2().name()));
    }

    /** The carers of these families: the adults reached. */
    public int carersOf(DSLContext dsl, LocalDate from, LocalDate to) {
        Field<Long> id = DSL.field(DSL.name("reached", "child_id"), Long.class);
        var families = dsl.select(CHILD.FAMILY_ID).from(CHILD)
                .where(CHILD.ID.in(dsl.select(id).from(childrenReachedIds(dsl, from, to).asTable("reached", "child_id"))))
                .union(dsl.select(FAMILY_CASE.FAMILY_ID).from(FAMILY_CASE).where(casesOpenIn(from, to)))
                .union(dsl.select(AID_HANDOUT.FAMILY_ID).from(AID_HANDOUT).where(AID_HANDOUT.ON_DATE.between(from, to)));
        return dsl.fetchCount(CARER, CARER.FAMILY_ID.in(families));
    }
}
