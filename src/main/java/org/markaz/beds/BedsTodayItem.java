package org.markaz.beds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.markaz.core.feature.TodayItem;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/**
 * Today's card of the beds: who arrives and who leaves today and tomorrow, with their bed, and
 * the children admitted to a short stay who still have no bed.
 */
final class BedsTodayItem implements TodayItem {

    private final BedsService beds;

    BedsTodayItem(BedsService beds) {
        this.beds = beds;
    }

    @Override
    public boolean isShownTo(Actor actor) {
        return actor.may(Permission.VIEW_BEDS);
    }

    @Override
    public Card read(Actor actor, Localization text, LocalDate today) {
        List<String> lines = new ArrayList<>();
        for (ArrivalOrLeaving a : beds.arrivalsAndLeavings(actor, today, today.plusDays(1))) {
            String day = text.text(a.day().equals(today) ? "beds.today.today" : "beds.today.tomorrow");
            lines.add(text.text(a.arrives() ? "beds.today.arrives" : "beds.today.leaves", day, a.booking().title(), a.bedLabel()));
        }
        List<NeedsBed> waiting = beds.needsABed(actor);
        waiting.forEach(n -> lines.add(text.text("beds.today.needsBed", n.childName(), text.text(n.service().nameKey()))));
        if (lines.isEmpty()) {
            lines.add(text.text("beds.today.none"));
        }
        return new Card("beds", text.text("beds.today.title"), lines, !waiting.isEmpty());
    }
}
