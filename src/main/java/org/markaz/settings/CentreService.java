package org.markaz.settings;

import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.db.tables.records.CentreRecord;

/** The centre's own details: everybody reads them, administrators change them. */
public final class CentreService {

    private final DSLContext dsl;
    private final CentreRepository centres;
    private final AuditRepository audit;

    public CentreService(DSLContext dsl, CentreRepository centres, AuditRepository audit) {
        this.dsl = dsl;
        this.centres = centres;
        this.audit = audit;
    }

    public Optional<CentreDetails> current() {
        return centres.find(dsl).map(CentreRepository::toDetails);
    }

    public boolean isSetUp() {
        return current().isPresent();
    }

    public CentreDetails update(Actor actor, CentreDetails details) {
        actor.require(Permission.EDIT_CENTRE);
        CentreDetails checked = check(details);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            CentreRecord centre = centres.lock(tx);
            CentreRecord before = centre.original();
            apply(checked, centre);
            if (centre.changed()) {
                centre.store();
                audit.updated(tx, actor, before, centre);
            }
        });
        return checked;
    }

    /** Writes the centre row of a new data directory, inside the caller's transaction. */
    public void create(DSLContext tx, Actor actor, CentreDetails details) {
        if (centres.find(tx).isPresent()) {
            throw new ValidationException("error.centreExists");
        }
        CentreRecord centre = centres.newRecord(tx);
        apply(check(details), centre);
        centre.store();
        audit.created(tx, actor, centre);
    }

    public static CentreDetails check(CentreDetails details) {
        String code = Validation.required(details.code(), 10, "field.centreCode").toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2,10}")) {
            throw new ValidationException("error.centreCodeFormat");
        }
        return new CentreDetails(
                Validation.required(details.name(), 200, "field.centreName"),
                code,
                Validation.required(details.region(), 100, "field.region"),
                Validation.required(details.address(), 500, "field.address"),
                Validation.optional(details.directorName(), 200, "field.directorName"));
    }

    private static void apply(CentreDetails details, CentreRecord centre) {
        centre.setName(details.name());
        centre.setCode(details.code());
        centre.setRegion(details.region());
        centre.setAddress(details.address());
        centre.setDirectorName(details.directorName());
    }
}
