package org.markaz.aid;

import java.time.LocalDate;
import java.util.List;
import org.markaz.core.feature.TodayItem;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/** Today: aid on the shelf that expires within thirty days (or has expired), for those who keep the stock. */
final class ExpiringTodayItem implements TodayItem {

    private static final int LINES = 6;
    private final AidService aid;

    ExpiringTodayItem(AidService aid) {
        this.aid = aid;
    }

    @Override
    public boolean isShownTo(Actor actor) {
        return actor.may(Permission.KEEP_AID);
    }

    @Override
    public Card read(Actor actor, Localization text, LocalDate today) {
        List<ExpiringBatch> soon = aid.expiringSoon(actor);
        if (soon.isEmpty()) {
            return new Card("aidExpiring", text.text("aid.today.title"), List.of(text.text("aid.today.none",
                    AidService.EXPIRY_WARNING_DAYS)), false);
        }
        List<String> lines = new java.util.ArrayList<>(soon.stream().limit(LINES).map(batch -> text.text(
                batch.expiresOn().isBefore(today) ? "aid.today.expired" : "aid.today.expires",
                batch.item().name(text.language()), batch.onHand(), text.text(batch.item().details().unit().nameKey()),
                text.formatDate(batch.expiresOn()))).toList());
        if (soon.size() > LINES) {
            lines.add(text.text("aid.today.more", soon.size() - LINES));
        }
        return new Card("aidExpiring", text.text("aid.today.title"), lines, true);
    }
}
