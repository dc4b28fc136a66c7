package org.markaz.settings;

import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.markaz.core.Validation;
import org.markaz.core.ValidationException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/** The centre's own details: everybody reads them, administrators change them. */
public final class CentreService {

    private final DSLContext dsl;
    private final CentreRepository centres;

    public CentreService(DSLContext dsl, CentreRepository centres) {
        this.dsl = dsl;
        this.centres = centres;
    }

    public Optional<CentreDetails> current() {
        return centres.find(dsl);
    }

    /** The centre as seen inside the caller's transaction. */
    public Optional<CentreDetails> current(DSLContext tx) {
        return centres.find(tx);
    }

    public boolean isSetUp() {
        return centres.exists(dsl);
    }

    public CentreDetails update(Actor actor, CentreDetails details) {
        actor.require(Permission.EDIT_CENTRE);
        CentreDetails checked = check(details);
        dsl.transaction(cfg -> centres.update(cfg.dsl(), actor, checked));
        return checked;
    }

    /** Writes the centre row of a new data directory, inside the caller's transaction. */
    public void create(DSLContext tx, Actor actor, CentreDetails details) {
        if (centres.find(tx).isPresent()) {
            throw new ValidationException("error.centreExists");
        }
        centres.insert(tx, actor, check(details));
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
}
