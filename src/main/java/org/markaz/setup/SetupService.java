package org.markaz.setup;

import org.markaz.core.db.Transactions;
import org.markaz.core.security.Actor;
import org.markaz.core.security.ProgramActor;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.centre.CentreService;
import org.markaz.core.staff.NewAccount;
import org.markaz.core.staff.StaffDetails;
import org.markaz.core.staff.StaffService;

/**
 * First start of a new data directory: the centre and its first administrator, written together
 * or not at all. Refused once a centre exists.
 */
public final class SetupService {

    private static final Actor SETUP = ProgramActor.SETUP.actor();

    private final Transactions transactions;
    private final CentreService centres;
    private final StaffService staff;

    public SetupService(Transactions transactions, CentreService centres, StaffService staff) {
        this.transactions = transactions;
        this.centres = centres;
        this.staff = staff;
    }

    public void createCentre(CentreDetails centre, StaffDetails administrator, NewAccount account) {
        transactions.run(tx -> {
            centres.create(SETUP, centre);
            staff.addStaffMember(SETUP, administrator, account);
        });
    }

}
