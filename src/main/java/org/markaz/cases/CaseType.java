package org.markaz.cases;

import org.markaz.core.i18n.Named;

/** The two kinds of family support: the 6-month programme, or short-term / crisis intervention. */
public enum CaseType implements Named {
    PROGRAMME("caseType.programme"),
    SHORT_TERM("caseType.shortTerm");

    private final String nameKey;

    CaseType(String nameKey) {
        this.nameKey = nameKey;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}
