package org.markaz.aid;

import org.markaz.core.i18n.Named;

/** Where a request for aid stands. */
public enum RequestStatus implements Named {
    PENDING("aid.request.pending"),
    APPROVED("aid.request.approved"),
    DECLINED("aid.request.declined");

    private final String nameKey;

    RequestStatus(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
