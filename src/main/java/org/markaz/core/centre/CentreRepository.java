package org.markaz.core.centre;

import static org.markaz.db.Tables.CENTRE;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.jooq.DSLContext;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.db.Edits;
import org.markaz.core.security.Actor;
import org.markaz.db.tables.records.CentreRecord;

/** The one centre row. Every write is audited in the caller's transaction. */
public final class CentreRepository {

    private final AuditRepository audit;

    public CentreRepository(AuditRepository audit) {
        this.audit = audit;
    }

    public Optional<CentreDetails> find(DSLContext dsl) {
        return dsl.selectFrom(CENTRE).fetchOptional(r ->
                new CentreDetails(r.getName(), r.getCode(), r.getRegion(), r.getAddress(), r.getDirectorName()));
    }

    /**
     * Whether the centre row exists. Asked while the program starts, when jOOQ's first built
     * query would cost half a second of loading, so it is plain SQL on a pooled connection.
     */
    public boolean exists(DSLContext dsl) {
        return dsl.connectionResult(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet found = statement.executeQuery("select exists (select 1 from centre)")) {
                return found.next() && found.getBoolean(1);
            }
        });
    }

    public void insert(DSLContext tx, Actor actor, CentreDetails details) {
        CentreRecord centre = tx.newRecord(CENTRE);
        apply(details, centre);
        centre.store();
        audit.created(tx, actor, centre);
    }

    /** Locks the row, writes the details if they differ, and says whether they did. */
    public boolean update(DSLContext tx, Actor actor, CentreDetails details) {
        CentreRecord centre = tx.selectFrom(CENTRE).forUpdate().fetchSingle();
        CentreRecord before = centre.original();
        apply(details, centre);
        if (!Edits.anyBetween(before, centre)) {
            return false;
        }
        centre.store();
        audit.updated(tx, actor, before, centre);
        return true;
    }

    private static void apply(CentreDetails details, CentreRecord centre) {
        centre.setName(details.name());
        centre.setCode(details.code());
        centre.setRegion(details.region());
        centre.setAddress(details.address());
        centre.setDirectorName(details.directorName());
    }
}
