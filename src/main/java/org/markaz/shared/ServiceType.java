package org.markaz.shared;

import org.markaz.core.i18n.Named;

/** The centre's services a child can be enrolled in (docs/design.md §1). */
public enum ServiceType implements Named {
    DAY_CARE("service.dayCare", "service.short.dayCare", Kind.DAY),
    DAY_RESPITE("service.dayRespite", "service.short.dayRespite", Kind.DAY),
    PLAY_SESSIONS("service.playSessions", "service.short.playSessions", Kind.DAY),
    /** A few nights on a respite bed so the parents can rest; admitted at check-in (issue 10). */
    RESIDENTIAL_RESPITE("service.residentialRespite", "service.short.residentialRespite", Kind.RESIDENTIAL),
    SHORT_STAY_WEEKDAY("service.shortStayWeekday", "service.short.shortStayWeekday", Kind.SHORT_STAY),
    SHORT_STAY_7DAY("service.shortStay7Day", "service.short.shortStay7Day", Kind.SHORT_STAY),
    MOTHER_AND_BABY("service.motherAndBaby", "service.short.motherAndBaby", Kind.RESIDENTIAL);

    private enum Kind { DAY, SHORT_STAY, RESIDENTIAL }

    private final String nameKey;
    private final String shortNameKey;
    private final Kind kind;

    ServiceType(String nameKey, String shortNameKey, Kind kind) {
        this.nameKey = nameKey;
        this.shortNameKey = shortNameKey;
        this.kind = kind;
    }

    public String nameKey() {
        return nameKey;
    }

    /** A name short enough for a table column or a list ("Stay Mon-Fri"); the full one goes in its tooltip. */
    public String shortNameKey() {
        return shortNameKey;
    }

    /** Attended on chosen weekdays; the child sleeps at home. */
    public boolean isDayService() {
        return kind == Kind.DAY;
    }

    /** The child sleeps at the centre: at most one such enrolment at a time. */
    public boolean isResidential() {
        return kind != Kind.DAY;
    }

    /** Short stays last at most six months. */
    public boolean isShortStay() {
        return kind == Kind.SHORT_STAY;
    }
}
