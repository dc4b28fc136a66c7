package org.markaz.settings;

import static org.markaz.db.Tables.CENTRE;

import java.util.Optional;
import org.jooq.DSLContext;
import org.markaz.db.tables.records.CentreRecord;

/** The one centre row. */
public final class CentreRepository {

    public Optional<CentreRecord> find(DSLContext dsl) {
        return dsl.selectFrom(CENTRE).fetchOptional();
    }

    public CentreRecord lock(DSLContext dsl) {
        return dsl.selectFrom(CENTRE).forUpdate().fetchSingle();
    }

    public CentreRecord newRecord(DSLContext dsl) {
        return dsl.newRecord(CENTRE);
    }

    static CentreDetails toDetails(CentreRecord r) {
        return new CentreDetails(r.getName(), r.getCode(), r.getRegion(), r.getAddress(), r.getDirectorName());
    }
}
