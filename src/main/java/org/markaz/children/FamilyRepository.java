package org.markaz.children;

import org.markaz.shared.Relationship;
import org.markaz.shared.CarerRow;
import org.markaz.shared.ChildRow;
import static org.markaz.db.Tables.CARER;
import static org.markaz.db.Tables.CHILD_CARER;
import static org.markaz.db.Tables.FAMILY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
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

    public long insert(DSLContext tx, Actor actor, String code, FamilyDetails details) {
        FamilyRecord family = tx.newRecord(FAMILY);
        family.setCode(code);
        apply(details, family);
        family.store();
        audit.created(tx, actor, family);
        return family.getId();
    }

    public boolean update(DSLContext tx, Actor actor, long familyId, FamilyDetails details) {
        FamilyRecord family = lock(tx, familyId);
        FamilyRecord before = family.original();
        apply(details, family);
        return store(tx, actor, family, before);
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
        if (!record.changed()) {
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
