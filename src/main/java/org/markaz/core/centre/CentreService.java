package org.markaz.core.centre;

import java.util.Locale;
import java.util.Optional;
import org.markaz.core.Validation;
import org.markaz.core.db.Transactions;
import org.markaz.core.ValidationException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/** The centre's own details: everybody reads them, administrators change them. */
public final class CentreService {

    public static final String ABSENCE_ALERT_DAYS = "register.absence_alert_days";
    private static final int DEFAULT_ABSENCE_ALERT_DAYS = 3;
    private static final int MAX_ABSENCE_ALERT_DAYS = 30;

    private final Transactions transactions;
    private final CentreRepository centres;
    private final SettingRepository settings;

    public CentreService(Transactions transactions, CentreRepository centres, SettingRepository settings) {
        this.transactions = transactions;
        this.centres = centres;
        this.settings = settings;
    }

    /** After how many scheduled days absent in a row a child shows on the Today screen. */
    public int absenceAlertDays(Actor actor) {
        actor.require(Permission.VIEW_CENTRE);
        return transactions.result(tx -> settings.find(tx, ABSENCE_ALERT_DAYS).map(Integer::parseInt)
                .orElse(DEFAULT_ABSENCE_ALERT_DAYS));
    }

    public void setAbsenceAlertDays(Actor actor, int days) {
        actor.require(Permission.EDIT_CENTRE);
        if (days < 1 || days > MAX_ABSENCE_ALERT_DAYS) {
            throw new ValidationException("error.absenceDaysRange", 1, MAX_ABSENCE_ALERT_DAYS);
        }
        transactions.run(tx -> settings.save(tx, actor, ABSENCE_ALERT_DAYS, Integer.toString(days)));
    }

    public Optional<CentreDetails> current(Actor actor) {
        actor.require(Permission.VIEW_CENTRE);
        return transactions.result(centres::find);
    }

    /** The centre's name, shown on the sign-in screen to anyone at the PC: nobody is signed in yet. */
    public String name() {
        return transactions.result(tx -> centres.find(tx).map(CentreDetails::name).orElse(""));
    }

    /** The centre's code (KHJ), which names its family codes and backup files. */
    public String code() {
        return transactions.result(tx -> centres.find(tx).map(CentreDetails::code).orElse("NEW"));
    }

    /** Whether the data folder holds a centre yet (first start); asked before anyone signs in. */
    public boolean isSetUp() {
        return transactions.result(centres::exists);
    }

    public CentreDetails update(Actor actor, CentreDetails details) {
        actor.require(Permission.EDIT_CENTRE);
        CentreDetails checked = check(details);
        transactions.run(tx -> centres.update(tx, actor, checked));
        return checked;
    }

    /** Writes the centre row of a new data directory; refused once there is one. */
    public void create(Actor actor, CentreDetails details) {
        actor.require(Permission.EDIT_CENTRE);
        CentreDetails checked = check(details);
        transactions.run(tx -> {
            if (centres.find(tx).isPresent()) {
                throw new ValidationException("error.centreExists");
            }
            centres.insert(tx, actor, checked);
        });
    }

    /** Checks the fields in the order the forms show them, so the first one wrong is the one named. */
    public static CentreDetails check(CentreDetails details) {
        String name = Validation.required(details.name(), 200, "field.centreName");
        String code = Validation.required(details.code(), 10, "field.centreCode").toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2,10}")) {
            throw new ValidationException("error.centreCodeFormat", new Validation.FieldName("field.centreCode"));
        }
        return new CentreDetails(name, code,
                Validation.required(details.region(), 100, "field.region"),
                Validation.required(details.address(), 500, "field.address"),
                Validation.optional(details.directorName(), 200, "field.directorName"));
    }
}
