package org.markaz.beds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.markaz.admissions.AdmissionsService;
import org.markaz.admissions.EnrolmentRow;
import org.markaz.children.ChildCard;
import org.markaz.children.ChildrenService;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.security.Actor;
import org.markaz.shared.SampleChildren;

/**
 * Who takes a respite stay of the sample: the child bookings.csv names while that child is under
 * seven on the stay's last night, else the first child of the sample in name order who is from
 * one to six on those nights, not archived, and has no other booking or residential admission
 * then. The sample's birth dates are fixed and its stays move with today; this keeps every
 * respite stay bookable and checkable-in whatever year the sample is made.
 */
final class RespiteChildren {

    private final ChildrenService children;
    private final AdmissionsService admissions;
    private final Actor actor;
    /** The sample's children by name: the order substitutes are tried in. */
    private final TreeMap<String, Long> byName;
    private final Map<Long, ChildCard> cards = new HashMap<>();
    private final Map<Long, List<LocalDate[]>> held = new HashMap<>();

    RespiteChildren(SampleContext context, SampleChildren people) {
        this.children = context.services().get(ChildrenService.class);
        this.admissions = context.services().get(AdmissionsService.class);
        this.actor = context.actor();
        this.byName = new TreeMap<>(people.childIds());
    }

    /** Nights a child's other booking takes. */
    void hold(long childId, LocalDate first, LocalDate last) {
        held.computeIfAbsent(childId, id -> new ArrayList<>()).add(new LocalDate[] {first, last});
    }

    /**
     * The child for a respite stay from {@code first} to {@code last}: the one named if free and
     * young enough, else a substitute; empty when no child of the sample is. Its nights are held
     * when {@code holds} (a cancelled stay frees them at once).
     */
    Optional<Long> choose(long named, LocalDate first, LocalDate last, boolean holds) {
        Optional<Long> chosen = fits(named, first, last, false) ? Optional.of(named)
                : byName.values().stream().filter(id -> fits(id, first, last, true)).findFirst();
        if (holds) {
            chosen.ifPresent(id -> hold(id, first, last));
        }
        return chosen;
    }

    private boolean fits(long childId, LocalDate first, LocalDate last, boolean substitute) {
        ChildCard card = cards.computeIfAbsent(childId, id -> children.child(actor, id).orElseThrow());
        LocalDate born = card.details().dateOfBirth();
        if (card.archivedOn() != null || !last.isBefore(born.plusYears(7)) || substitute && first.isBefore(born.plusYears(1))) {
            return false;
        }
        for (LocalDate[] nights : held.getOrDefault(childId, List.of())) {
            // a night between two stays keeps each its own admission
            if (!nights[0].isAfter(last.plusDays(1)) && !first.isAfter(nights[1].plusDays(1))) {
                return false;
            }
        }
        for (EnrolmentRow e : admissions.enrolments(actor, childId)) {
            if (e.service().isResidential() && !e.startsOn().isAfter(last.plusDays(1))
                    && (e.endsOn() == null || !e.endsOn().isBefore(first))) {
                return false;
            }
        }
        return true;
    }
}
