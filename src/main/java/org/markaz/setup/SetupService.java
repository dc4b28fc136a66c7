package org.markaz.setup;

import org.jooq.DSLContext;
import org.markaz.core.security.Actor;
import org.markaz.core.security.ProgramActor;
import org.markaz.settings.CentreDetails;
import org.markaz.settings.CentreService;
import org.markaz.settings.NewAccount;
import org.markaz.settings.StaffDetails;
import org.markaz.settings.StaffService;

/**
 * First start of a new data directory: the centre and its first administrator, written together
 * or not at all. Refused once a centre exists.
 */
public final class SetupService {

    private static final Actor SETUP = ProgramActor.SETUP.actor();

    private final DSLContext dsl;
    private final CentreService centres;
    private final StaffService staff;

    public SetupService(DSLContext dsl, CentreService centres, StaffService staff) {
        this.dsl = dsl;
        this.centres = centres;
        this.staff = staff;
    }

    public void createCentre(CentreDetails centre, StaffDetails administrator, NewAccount account) {
        dsl.transaction(cfg -> {
            centres.create(cfg.dsl(), SETUP, centre);
            staff.addStaffMember(cfg.dsl(), SETUP, administrator, account);
        });
    }

    /** Runs work that fills a new centre (the sample centre) in one transaction. */
    public void fillNewCentre(java.util.function.Consumer<DSLContext> work) {
        dsl.transaction(cfg -> work.accept(cfg.dsl()));
    }

}
