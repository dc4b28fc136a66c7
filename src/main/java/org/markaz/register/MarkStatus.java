package org.markaz.register;

import org.markaz.core.i18n.Named;

/** A register mark's status as the database stores it (register_mark.status). */
public enum MarkStatus implements Named {
    PRESENT("register.present"),
    ABSENT("register.absent");

    private final String nameKey;

    MarkStatus(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
