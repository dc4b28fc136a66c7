package org.markaz.aid;

import org.markaz.core.i18n.Language;

/** An item of the catalogue. */
public record AidItem(long id, ItemDetails details) {

    /** The item's name in the user's language. */
    public String name(Language language) {
        switch (language) {
            case RUSSIAN:
                return details.nameRu();
            case TAJIK:
                return details.nameTg();
            default:
                return details.nameEn();
        }
    }
}
