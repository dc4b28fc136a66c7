package org.markaz.children;

import org.markaz.core.db.Edits;
import org.markaz.shared.Sex;
import org.markaz.shared.ChildRow;
import static org.markaz.db.Tables.CHILD;
import static org.markaz.db.Tables.ENROLMENT;
import static org.markaz.db.Tables.FAMILY;
import static org.markaz.db.Tables.REFERRAL;
import static org.markaz.db.Tables.REGISTER_MARK;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record8;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.security.Actor;
import org.markaz.db.tables.records.ChildRecord;

/** Children, and the search over them. Every write is audited. */
public final class ChildRepository {

    private final AuditRepository audit;

    public ChildRepository(AuditRepository audit) {
        this.audit = audit;
    }

    /**
     * Children whose search text (folded name, family code and district) contains every word, by
     * name; at most {@code limit}.
     */
    public List<ChildRow> search(DSLContext dsl, List<String> words, boolean includeArchived, int limit) {
        Condition condition = includeArchived ? DSL.noCondition() : CHILD.ARCHIVED_ON.isNull();
        for (String word : words) {
            condition = condition.and(CHILD.SEARCH_TEXT.contains(word));
        }
        return rows(dsl).where(condition).orderBy(CHILD.FULL_NAME, CHILD.ID).limit(limit).fetch(ChildRepository::toRow);
    }

    public List<ChildRow> ofFamily(DSLContext dsl, long familyId) {
        return rows(dsl).where(CHILD.FAMILY_ID.eq(familyId)).orderBy(CHILD.DATE_OF_BIRTH, CHILD.ID).fetch(ChildRepository::toRow);
    }

    /** Other children born on the day (the service compares their names). */
    public List<ChildRow> bornOn(DSLContext dsl, LocalDate dateOfBirth, Long exceptId) {
        Condition condition = CHILD.DATE_OF_BIRTH.eq(dateOfBirth);
        if (exceptId != null) {
            condition = condition.and(CHILD.ID.ne(exceptId));
        }
        return rows(dsl).where(condition).fetch(ChildRepository::toRow);
    }

    public Optional<ChildCard> card(DSLContext dsl, long childId) {
        return dsl.select(CHILD.asterisk(), FAMILY.CODE).from(CHILD).join(FAMILY).on(FAMILY.ID.eq(CHILD.FAMILY_ID))
                .where(CHILD.ID.eq(childId))
                .fetchOptional(r -> {
                    ChildRecord child = r.into(CHILD);
                    return new ChildCard(child.getId(), toDetails(child), r.get(FAMILY.CODE), child.getArchivedOn(),
                            child.getArchiveReason());
                });
    }

    public Optional<Long> familyOf(DSLContext dsl, long childId) {
        return dsl.select(CHILD.FAMILY_ID).from(CHILD).where(CHILD.ID.eq(childId)).fetchOptional(CHILD.FAMILY_ID);
    }

    public long insert(DSLContext tx, Actor actor, ChildDetails details, String searchText) {
        ChildRecord child = tx.newRecord(CHILD);
        apply(details, searchText, child);
        child.store();
        audit.created(tx, actor, child);
        return child.getId();
    }

    public boolean update(DSLContext tx, Actor actor, long childId, ChildDetails details, String searchText) {
        ChildRecord child = lock(tx, childId);
        ChildRecord before = child.original();
        apply(details, searchText, child);
        return store(tx, actor, child, before);
    }

    public boolean archive(DSLContext tx, Actor actor, long childId, LocalDate on, String reason) {
        ChildRecord child = lock(tx, childId);
        ChildRecord before = child.original();
        child.setArchivedOn(on);
        child.setArchiveReason(reason);
        return store(tx, actor, child, before);
    }

    /** Whether anything was ever recorded about the child beyond the record itself. */
    public boolean hasHistory(DSLContext dsl, long childId) {
        return dsl.fetchExists(REFERRAL, REFERRAL.CHILD_ID.eq(childId))
                || dsl.fetchExists(ENROLMENT, ENROLMENT.CHILD_ID.eq(childId))
                || dsl.fetchExists(REGISTER_MARK, REGISTER_MARK.CHILD_ID.eq(childId));
    }

    public void delete(DSLContext tx, Actor actor, long childId) {
        ChildRecord child = lock(tx, childId);
        child.delete();
        audit.deleted(tx, actor, child);
    }

    /** Rewrites the search text of a family's children (after its code or district changed). */
    public void refreshSearchText(DSLContext tx, long familyId, java.util.function.Function<String, String> searchTextOfName) {
        for (ChildRecord child : tx.selectFrom(CHILD).where(CHILD.FAMILY_ID.eq(familyId)).forUpdate().fetch()) {
            child.setSearchText(searchTextOfName.apply(child.getFullName()));
            child.update();
        }
    }

    private ChildRecord lock(DSLContext tx, long childId) {
        return tx.selectFrom(CHILD).where(CHILD.ID.eq(childId)).forUpdate().fetchSingle();
    }

    private boolean store(DSLContext tx, Actor actor, ChildRecord child, ChildRecord before) {
        if (!Edits.anyBetween(before, child)) {
            return false;
        }
        child.store();
        audit.updated(tx, actor, before, child);
        return true;
    }

    private static SelectOnConditionStep<Record8<Long, String, Sex, LocalDate, Long, String, String, LocalDate>> rows(DSLContext dsl) {
        return dsl.select(CHILD.ID, CHILD.FULL_NAME, CHILD.SEX, CHILD.DATE_OF_BIRTH, FAMILY.ID, FAMILY.CODE, FAMILY.DISTRICT,
                        CHILD.ARCHIVED_ON)
                .from(CHILD).join(FAMILY).on(FAMILY.ID.eq(CHILD.FAMILY_ID));
    }

    private static ChildRow toRow(Record8<Long, String, Sex, LocalDate, Long, String, String, LocalDate> r) {
        return new ChildRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                r.value8() != null);
    }

    private static void apply(ChildDetails details, String searchText, ChildRecord child) {
        child.setFamilyId(details.familyId());
        child.setFullName(details.fullName());
        child.setSearchText(searchText);
        child.setSex(details.sex());
        child.setDateOfBirth(details.dateOfBirth());
        child.setBirthCertificate(details.birthCertificate());
        child.setDisability(details.disability());
        child.setNotes(details.notes());
    }

    private static ChildDetails toDetails(ChildRecord c) {
        return new ChildDetails(c.getFamilyId(), c.getFullName(), c.getSex(), c.getDateOfBirth(),
                c.getBirthCertificate(), c.getDisability(), c.getNotes());
    }
}
