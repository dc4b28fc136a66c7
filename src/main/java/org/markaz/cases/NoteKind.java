package org.markaz.cases;

import org.markaz.core.i18n.Named;

/** What a case note records. */
public enum NoteKind implements Named {
    CONTACT("noteKind.contact"),
    HOME_VISIT("noteKind.homeVisit"),
    PHONE_CALL("noteKind.phoneCall"),
    GROUP_SESSION("noteKind.groupSession");

    private final String nameKey;

    NoteKind(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
