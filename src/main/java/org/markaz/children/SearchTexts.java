package org.markaz.children;

import java.util.ArrayList;
import java.util.List;
import org.markaz.core.text.SearchFolding;
import org.markaz.shared.FamilyRow;

/**
 * What a child's and a family's stored search text hold (docs/decisions/0012-search-folding.md).
 * The service writes them, the scale dataset and the migration that refolds old rows
 * (db.migration.V10__refold_search_texts) use the same functions, so a row is found the same
 * way however it was written.
 */
public final class SearchTexts {

    /** The size of child.search_text and family.search_text (V9): a longer text is cut there. */
    static final int CHILD_LIMIT = 4_000;
    static final int FAMILY_LIMIT = 20_000;

    private SearchTexts() {
    }

    /** A child is found by name, family code and district. */
    public static String child(String fullName, String familyCode, String district) {
        return cut(SearchFolding.storedText(fullName, familyCode, district), CHILD_LIMIT);
    }

    /**
     * A family is found by code, district, the names of its carers and every phone number (the
     * family's and the carers'); never by its children's names, which a bookkeeper may not look for.
     */
    public static String family(String code, String district, String phone, List<FamilyRow.Carer> carers) {
        List<String> parts = new ArrayList<>();
        parts.add(code);
        parts.add(district);
        parts.add(SearchFolding.phoneKey(phone));
        for (FamilyRow.Carer carer : carers) {
            parts.add(carer.fullName());
            parts.add(SearchFolding.phoneKey(carer.phone()));
        }
        return cut(SearchFolding.storedText(parts.toArray(String[]::new)), FAMILY_LIMIT);
    }

    private static String cut(String text, int limit) {
        return text.length() > limit ? text.substring(0, limit) : text;
    }
}
