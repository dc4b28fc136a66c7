package org.markaz.aid;

import org.markaz.core.i18n.Named;

/** What kind of aid an item is. */
public enum AidCategory implements Named {
    FOOD("aid.category.food"),
    BABY_FOOD("aid.category.babyFood"),
    CLOTHING("aid.category.clothing"),
    SCHOOL("aid.category.school"),
    MEDICINE("aid.category.medicine"),
    HYGIENE("aid.category.hygiene"),
    FUEL("aid.category.fuel"),
    OTHER("aid.category.other");

    private final String nameKey;

    AidCategory(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
