package org.markaz.core.feature;

import java.util.List;
import java.util.function.Consumer;
import org.markaz.core.backup.BackupRestorer.PreparedRestore;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.UiContext;

/**
 * What an area's screen is built with: the signed-in user, the services, the UI context, the
 * cards every feature puts on Today, the tabs features add to the children screen's card, and how
 * to hand a checked backup to the window for restoring.
 */
public record AreaContext(UiContext ui, Actor actor, Services services, List<TodayItem> todayItems,
                          List<CardTabSpec> cardTabs, Consumer<PreparedRestore> onRestoreReady) {

    public Localization text() {
        return ui.localization();
    }
}
