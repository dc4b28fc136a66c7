package org.markaz.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.markaz.core.feature.TodayItem;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/** Today: care-plan reviews past their date — a key worker's own (held or covered), every one for a director. */
final class CasesTodayItem implements TodayItem {

    private static final int LINES = 6;
    private final CaseloadService caseloads;

    CasesTodayItem(CaseloadService caseloads) {
        this.caseloads = caseloads;
    }

    @Override
    public boolean isShownTo(Actor actor) {
        return actor.may(Permission.VIEW_CASES);
    }

    @Override
    public Card read(Actor actor, Localization text, LocalDate today) {
        List<OverdueReview> overdue = caseloads.overdueReviews(actor);
        if (overdue.isEmpty()) {
            return new Card("casesOverdue", text.text("cases.today.title"), List.of(text.text("cases.today.none")), false);
        }
        List<String> lines = new ArrayList<>(overdue.stream().limit(LINES).map(review -> text.text("cases.today.line",
                review.familyCode(), review.keyWorkerName() == null ? text.text("cases.unassigned") : review.keyWorkerName(),
                text.formatDate(review.reviewDueOn()))).toList());
        if (overdue.size() > LINES) {
            lines.add(text.text("cases.today.more", overdue.size() - LINES));
        }
        return new Card("casesOverdue", text.text("cases.today.title"), lines, true);
    }
}
