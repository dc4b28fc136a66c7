package org.markaz.register;

import java.time.LocalDate;
import java.util.List;
import org.markaz.core.centre.CentreService;
import org.markaz.core.feature.TodayItem;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/** Today's card of children absent on their last scheduled days: worth a call to the family. */
final class AbsencesTodayItem implements TodayItem {

    private final RegisterService register;
    private final CentreService centres;

    AbsencesTodayItem(RegisterService register, CentreService centres) {
        this.register = register;
        this.centres = centres;
    }

    @Override
    public boolean isShownTo(Actor actor) {
        return actor.may(Permission.VIEW_REGISTER);
    }

    @Override
    public Card read(Actor actor, Localization text, LocalDate today) {
        int days = centres.absenceAlertDays(actor);
        List<AbsenceAlert> alerts = register.absentInARow(actor, today);
        List<String> lines = alerts.isEmpty() ? List.of(text.text("today.absences.none"))
                : alerts.stream().map(a -> text.text("today.absences.line", a.childName(), text.text(a.service().nameKey()),
                        a.absentDays(), text.formatDate(a.since()))).toList();
        return new Card("absences", text.text("today.absences.title", days), lines, !alerts.isEmpty());
    }
}
