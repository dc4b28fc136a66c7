package org.markaz.core.centre;

import static org.markaz.db.Tables.SETTING;

import java.util.Optional;
import org.jooq.DSLContext;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.db.Edits;
import org.markaz.core.security.Actor;
import org.markaz.db.tables.records.SettingRecord;

/** Named centre-wide settings (table setting). Every change is audited in the caller's transaction. */
public final class SettingRepository {

    private final AuditRepository audit;

    public SettingRepository(AuditRepository audit) {
        this.audit = audit;
    }

    public Optional<String> find(DSLContext dsl, String name) {
        return dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.eq(name)).fetchOptional(SETTING.SETTING_VALUE);
    }

    public void save(DSLContext tx, Actor actor, String name, String value) {
        SettingRecord setting = tx.selectFrom(SETTING).where(SETTING.NAME.eq(name)).forUpdate().fetchOne();
        if (setting == null) {
            setting = tx.newRecord(SETTING);
            setting.setName(name);
            setting.setSettingValue(value);
            setting.store();
            audit.created(tx, actor, setting);
            return;
        }
        SettingRecord before = setting.original();
        setting.setSettingValue(value);
        if (Edits.anyBetween(before, setting)) {
            setting.store();
            audit.updated(tx, actor, before, setting);
        }
    }
}
