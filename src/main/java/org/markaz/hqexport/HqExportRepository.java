package org.markaz.hqexport;

import static org.markaz.db.Tables.DHIS2_MAPPING;
import static org.markaz.db.Tables.HQ_EXPORT;
import static org.markaz.db.Tables.HQ_EXPORT_SECRET;
import static org.markaz.db.Tables.REGISTER_DAY;
import static org.markaz.db.Tables.REGISTER_MARK;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.security.Actor;
import org.markaz.db.tables.records.Dhis2MappingRecord;
import org.markaz.db.tables.records.HqExportRecord;

/** The log of packages made, the centre's pseudonym secret and the DHIS2 mapping. */
public final class HqExportRepository {

    private final AuditRepository audit;

    public HqExportRepository(AuditRepository audit) {
        this.audit = audit;
    }

    /** The centre's secret for pseudonymous ids, made (32 random bytes) the first time it is asked for. */
    public byte[] secret(DSLContext tx) {
        Optional<String> secret = tx.select(HQ_EXPORT_SECRET.SECRET).from(HQ_EXPORT_SECRET).fetchOptional(HQ_EXPORT_SECRET.SECRET);
        if (secret.isPresent()) {
            return HexFormat.of().parseHex(secret.get());
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        tx.insertInto(HQ_EXPORT_SECRET, HQ_EXPORT_SECRET.ID, HQ_EXPORT_SECRET.SECRET).values(1, HexFormat.of().formatHex(key))
                .execute();
        return key;
    }

    /** Days of the period with marks in the register that nobody closed. */
    public List<LocalDate> unclosedDays(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.selectDistinct(REGISTER_MARK.ON_DATE).from(REGISTER_MARK)
                .where(REGISTER_MARK.ON_DATE.between(from, to))
                .andNotExists(DSL.selectOne().from(REGISTER_DAY).where(REGISTER_DAY.ON_DATE.eq(REGISTER_MARK.ON_DATE)))
                .orderBy(REGISTER_MARK.ON_DATE).fetch(REGISTER_MARK.ON_DATE);
    }

    /** The DHIS2 ids set for cells of the table: "CODE|disaggregation" to {data element, category option combo}. */
    public Map<String, String[]> dhis2Mapping(DSLContext dsl) {
        Map<String, String[]> mapping = new LinkedHashMap<>();
        dsl.selectFrom(DHIS2_MAPPING).orderBy(DHIS2_MAPPING.INDICATOR_CODE, DHIS2_MAPPING.DISAGGREGATION)
                .forEach(r -> mapping.put(r.getIndicatorCode() + "|" + r.getDisaggregation(),
                        new String[] {r.getDataElement(), r.getCategoryOptionCombo()}));
        return mapping;
    }

    /**
     * Sets the DHIS2 ids of a cell, or clears them ({@code dataElement} null: Markaz's own ids are
     * used again); audited, and written only when something changes.
     */
    public void saveMapping(DSLContext tx, Actor actor, String code, String disaggregation, String dataElement,
                            String optionCombo) {
        Dhis2MappingRecord record = tx.selectFrom(DHIS2_MAPPING).where(DHIS2_MAPPING.INDICATOR_CODE.eq(code))
                .and(DHIS2_MAPPING.DISAGGREGATION.eq(disaggregation)).forUpdate().fetchOne();
        if (dataElement == null) {
            if (record != null) {
                record.delete();
                audit.deleted(tx, actor, record);
            }
            return;
        }
        if (record == null) {
            record = tx.newRecord(DHIS2_MAPPING);
            record.setIndicatorCode(code);
            record.setDisaggregation(disaggregation);
            record.setDataElement(dataElement);
            record.setCategoryOptionCombo(optionCombo);
            record.store();
            audit.created(tx, actor, record);
            return;
        }
        if (dataElement.equals(record.getDataElement()) && optionCombo.equals(record.getCategoryOptionCombo())) {
            return; // jOOQ counts a value set again as a change: compared here, so saving the same writes nothing
        }
        Dhis2MappingRecord before = record.original();
        record.setDataElement(dataElement);
        record.setCategoryOptionCombo(optionCombo);
        record.store();
        audit.updated(tx, actor, before, record);
    }

    public long insert(DSLContext tx, Actor actor, ExportRecord row) {
        HqExportRecord record = tx.newRecord(HQ_EXPORT);
        record.setMadeAt(row.madeAt());
        record.setMadeBy(row.madeBy());
        record.setPeriod(row.period());
        record.setPeriodFrom(row.from());
        record.setPeriodTo(row.to());
        record.setFileName(row.fileName());
        record.setSizeBytes(row.sizeBytes());
        record.setSha256(row.sha256());
        record.setEncrypted(row.encrypted());
        record.setNamedRecords(row.namedReason() != null);
        record.setNamedReason(row.namedReason());
        record.store();
        audit.created(tx, actor, record);
        return record.getId();
    }

    public List<ExportRecord> log(DSLContext dsl) {
        return dsl.selectFrom(HQ_EXPORT).orderBy(HQ_EXPORT.MADE_AT.desc(), HQ_EXPORT.ID.desc()).fetch(HqExportRepository::row);
    }

    public Optional<ExportRecord> entry(DSLContext dsl, long id) {
        return dsl.selectFrom(HQ_EXPORT).where(HQ_EXPORT.ID.eq(id)).fetchOptional(HqExportRepository::row);
    }

    public int count(DSLContext dsl) {
        return dsl.fetchCount(HQ_EXPORT);
    }

    private static ExportRecord row(HqExportRecord r) {
        return new ExportRecord(r.getId(), r.getMadeAt(), r.getMadeBy(), r.getPeriod(), r.getPeriodFrom(), r.getPeriodTo(),
                r.getFileName(), r.getSizeBytes(), r.getSha256(), r.getEncrypted(), r.getNamedReason());
    }

}
