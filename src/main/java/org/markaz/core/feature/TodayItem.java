package org.markaz.core.feature;

import java.time.LocalDate;
import java.util.List;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;

/** One card on the Today screen, from whichever feature knows about it. */
public interface TodayItem {

    /** Whether this user sees the card at all (the screen hides it otherwise). */
    boolean isShownTo(Actor actor);

    /** Reads what the card says, in the user's language; runs in the background. */
    Card read(Actor actor, Localization text, LocalDate today);

    /** A title, lines beneath it, and whether it wants attention (shown highlighted). */
    record Card(String id, String title, List<String> lines, boolean needsAttention) {
    }
}
