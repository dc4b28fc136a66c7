package org.markaz.children;

import org.markaz.core.db.Edits;
import org.markaz.shared.Relationship;
import org.markaz.shared.CarerRow;
import org.markaz.shared.ChildRow;
import static org.markaz.db.Tables.CARER;
import static org.markaz.db.Tables.CHILD;
import static org.markaz.db.Tables.CHILD_CARER;
import static org.markaz.db.Tables.FAMILY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.markaz.shared.FamilyRow;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.security.Actor;
import org.markaz.db.tables.records.CarerRecord;
import org.markaz.db.tables.records.ChildCarerRecord;
import org.markaz.db.tables.records.FamilyRecord;

/** Families, their carers, and carers' relationships to children. Every write is audited. */
public final class FamilyRepository {

    private final AuditRepository audit;

    public FamilyRepository(AuditRepository audit) {
        this.audit = audit;
    }

    /** The next free family code of the centre: KHJ-0001, KHJ-0002, ... */
    public String nextCode(DSLContext tx, String centreCode) {
        String prefix = centreCode + "-";
        int highest = tx.select(FAMILY.CODE).from(FAMILY).where(FAMILY.CODE.startsWith(prefix)).fetch(FAMILY.CODE).stream()
                .map(code -> code.substring(prefix.length()))
                .filter(number -> number.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0);
        return prefix + String.format("%04d", highest + 1);
    }

    public long insert(DSLContext tx, Actor actor, String code, FamilyDetails details, String searchText) {
        FamilyRecord family = tx.newRecord(FAMILY);
        family.setCode(code);
        apply(details, family);
        family.setSearchText(searchText);
        family.store();
        audit.created(tx, actor, family);
        return family.getId();
    }

    public boolean update(DSLContext tx, Actor actor, long familyId, FamilyDetails details, String searchText) {
        FamilyRecord family = lock(tx, familyId);
        FamilyRecord before = family.original();
        apply(details, family);
        family.setSearchText(searchText);
        return store(tx, actor, family, before);
    }

    /**
     * Families whose search text contains every word, by code; at most {@code limit}. Each comes
     * with its carers and the dates of birth of its children not archived.
     */
    public List<FamilyRow> search(DSLContext dsl, List<String> words, boolean includeArchived, int limit) {
        Condition condition = includeArchived ? DSL.noCondition() : FAMILY.ARCHIVED_ON.isNull();
        for (String word : words) {
            condition = condition.and(FAMILY.SEARCH_TEXT.contains(word));
        }
        return rows(dsl, condition, limit);
    }

    /** The family as a list shows it, if there is one. */
    public Optional<FamilyRow> row(DSLContext dsl, long familyId) {
        return rows(dsl, FAMILY.ID.eq(familyId), 1).stream().findFirst();
    }

    private List<FamilyRow> rows(DSLContext dsl, Condition condition, int limit) {
        var families = dsl.select(FAMILY.ID, FAMILY.CODE, FAMILY.DISTRICT, FAMILY.ARCHIVED_ON, FAMILY.PHONE)
                .from(FAMILY).where(condition).orderBy(FAMILY.CODE).limit(limit).fetch();
        List<Long> ids = families.getValues(FAMILY.ID);
        Map<Long, List<FamilyRow.Carer>> carers = new HashMap<>();
        Map<Long, List<LocalDate>> births = new HashMap<>();
        if (!ids.isEmpty()) {
            dsl.select(CARER.FAMILY_ID, CARER.ID, CARER.FULL_NAME, CARER.PHONE).from(CARER)
                    .where(CARER.FAMILY_ID.in(ids)).orderBy(CARER.ID)
                    .forEach(r -> carers.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(new FamilyRow.Carer(r.value2(), r.value3(), r.value4())));
            dsl.select(CHILD.FAMILY_ID, CHILD.DATE_OF_BIRTH).from(CHILD)
                    .where(CHILD.FAMILY_ID.in(ids).and(CHILD.ARCHIVED_ON.isNull())).orderBy(CHILD.DATE_OF_BIRTH, CHILD.ID)
                    .forEach(r -> births.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        }
        return families.map(r -> new FamilyRow(r.value1(), r.value2(), r.value3(), r.value4() != null, r.value5(),
                carers.getOrDefault(r.value1(), List.of()), births.getOrDefault(r.value1(), List.of())));
    }

    /** The carers of a family, in the order they were added. */
    public List<FamilyRow.Carer> carersOf(DSLContext dsl, long familyId) {
        return dsl.select(CARER.ID, CARER.FULL_NAME, CARER.PHONE).from(CARER).where(CARER.FAMILY_ID.eq(familyId))
                .orderBy(CARER.ID).fetch(r -> new FamilyRow.Carer(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Rewrites a family's search text from the family as it is now (after a carer joined it). The
     * text is derived from audited values, so its change is not audited itself.
     */
    public void refreshSearchText(DSLContext tx, long familyId, Function<FamilyRow, String> searchTextOf) {
        FamilyRecord family = lock(tx, familyId);
        family.setSearchText(searchTextOf.apply(row(tx, familyId).orElseThrow()));
        family.update();
    }

    /** Locks the family's row for the rest of the transaction; false if there is no such family. */
    public boolean lockIfExists(DSLContext tx, long familyId) {
        return tx.selectFrom(FAMILY).where(FAMILY.ID.eq(familyId)).forUpdate().fetchOptional().isPresent();
    }

    public Optional<String> code(DSLContext dsl, long familyId) {
        return dsl.select(FAMILY.CODE).from(FAMILY).where(FAMILY.ID.eq(familyId)).fetchOptional(FAMILY.CODE);
    }

    public Optional<FamilyCard> card(DSLContext dsl, long familyId, List<ChildRow> children) {
        return dsl.selectFrom(FAMILY).where(FAMILY.ID.eq(familyId)).fetchOptional(family ->
                new FamilyCard(family.getId(), family.getCode(), toDetails(family), carers(dsl, familyId), children,
                        family.getArchivedOn(), family.getArchiveReason()));
    }

    private List<CarerRow> carers(DSLContext dsl, long familyId) {
        Map<Long, Map<Long, Relationship>> relationships = new HashMap<>();
        dsl.select(CHILD_CARER.CARER_ID, CHILD_CARER.CHILD_ID, CHILD_CARER.RELATIONSHIP)
                .from(CHILD_CARER).join(CARER).on(CARER.ID.eq(CHILD_CARER.CARER_ID))
                .where(CARER.FAMILY_ID.eq(familyId))
                .forEach(r -> relationships.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .put(r.value2(), r.value3()));
        return dsl.selectFrom(CARER).where(CARER.FAMILY_ID.eq(familyId)).orderBy(CARER.ID)
                .fetch(c -> new CarerRow(c.getId(), c.getFullName(), c.getPhone(),
                        Map.copyOf(relationships.getOrDefault(c.getId(), Map.of()))));
    }

    public long insertCarer(DSLContext tx, Actor actor, long familyId, String fullName, String phone) {
        CarerRecord carer = tx.newRecord(CARER);
        carer.setFamilyId(familyId);
        carer.setFullName(fullName);
        carer.setPhone(phone);
        carer.store();
        audit.created(tx, actor, carer);
        return carer.getId();
    }

    public Optional<Long> carerFamily(DSLContext dsl, long carerId) {
        return dsl.select(CARER.FAMILY_ID).from(CARER).where(CARER.ID.eq(carerId)).fetchOptional(CARER.FAMILY_ID);
    }

    /** Sets (or with null removes) how a carer is related to a child. */
    public void setRelationship(DSLContext tx, Actor actor, long childId, long carerId, Relationship relationship) {
        ChildCarerRecord link = tx.selectFrom(CHILD_CARER)
                .where(CHILD_CARER.CHILD_ID.eq(childId).and(CHILD_CARER.CARER_ID.eq(carerId))).forUpdate().fetchOne();
        if (relationship == null) {
            if (link != null) {
                link.delete();
                audit.deleted(tx, actor, link);
            }
            return;
        }
        if (link == null) {
            link = tx.newRecord(CHILD_CARER);
            link.setChildId(childId);
            link.setCarerId(carerId);
            link.setRelationship(relationship);
            link.store();
            audit.created(tx, actor, link);
            return;
        }
        ChildCarerRecord before = link.original();
        link.setRelationship(relationship);
        store(tx, actor, link, before);
    }

    /** Removes every carer link of a child (when a mistaken record is deleted). */
    public void deleteLinksOfChild(DSLContext tx, Actor actor, long childId) {
        for (ChildCarerRecord link : tx.selectFrom(CHILD_CARER).where(CHILD_CARER.CHILD_ID.eq(childId)).forUpdate().fetch()) {
            link.delete();
            audit.deleted(tx, actor, link);
        }
    }

    private FamilyRecord lock(DSLContext tx, long familyId) {
        return tx.selectFrom(FAMILY).where(FAMILY.ID.eq(familyId)).forUpdate().fetchSingle();
    }

    private <R extends org.jooq.UpdatableRecord<R>> boolean store(DSLContext tx, Actor actor, R record, R before) {
        if (!Edits.anyBetween(before, record)) {
            return false;
        }
        record.store();
        audit.updated(tx, actor, before, record);
        return true;
    }

    private static void apply(FamilyDetails details, FamilyRecord family) {
        family.setAddress(details.address());
        family.setDistrict(details.district());
        family.setJamoat(details.jamoat());
        family.setSettlement(details.settlement());
        family.setPhone(details.phone());
        family.setSingleParent(details.singleParent());
        family.setParentAbroad(details.parentAbroad());
        family.setDisabilityInFamily(details.disabilityInFamily());
        family.setNoDocuments(details.noDocuments());
        family.setHomeless(details.homeless());
        family.setOtherCircumstances(details.otherCircumstances());
    }

    private static FamilyDetails toDetails(FamilyRecord f) {
        return new FamilyDetails(f.getAddress(), f.getDistrict(), f.getJamoat(), f.getSettlement(),
                f.getPhone(), f.getSingleParent(), f.getParentAbroad(), f.getDisabilityInFamily(), f.getNoDocuments(),
                f.getHomeless(), f.getOtherCircumstances());
    }
}
