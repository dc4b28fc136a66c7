package org.markaz.beds;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.markaz.beds.BedsScaleRepository.NewBooking;
import org.markaz.beds.BedsScaleRepository.NewRespiteEnrolment;
import org.markaz.beds.BedsScaleRepository.Night;
import org.markaz.core.feature.ScaleContext;
import org.markaz.core.feature.ScaleShare;
import org.markaz.shared.ScaleChildren;
import org.markaz.shared.ScaleEnrolments;
import org.markaz.shared.ServiceType;

/**
 * The beds' share of the scale dataset: the sample's 34 beds, a bed for each short and
 * mother-and-baby stay the admissions wrote (while one is free), and about 15,000 bookings in all
 * with respite stays of two to four nights (each with its own admission), planned ones ahead of
 * today and a few cancelled. Beds are given first come first served, so no bed or child holds two
 * bookings on a night, and every booking's nights are written as the service would.
 */
public final class BedsScale implements ScaleShare {

    static final int BOOKINGS = 15_000;

    @Override
    public Map<String, Integer> generate(ScaleContext context) {
        return new Generation(context).write();
    }

    private static final class Generation {

        /** A stay before it has a bed: whose, which service, the nights, and (for an admission already written) its id. */
        private record Stay(ScaleChildren.Child child, ServiceType service, LocalDate first, LocalDate last, Long enrolmentId,
                            boolean respite) {
        }

        private final ScaleContext context;
        private final Random random;
        private final LocalDate today;
        private final BedsScaleRepository repository = new BedsScaleRepository();
        private final Map<Long, List<ScaleEnrolments.Enrolment>> residentialByChild = new HashMap<>();

        Generation(ScaleContext context) {
            this.context = context;
            this.random = context.random("beds");
            this.today = context.today();
        }

        Map<String, Integer> write() {
            List<BedDetails> details = new ArrayList<>();
            String[] letters = {"А", "Б", "В", "Г"};
            for (int room = 1; room <= 8; room++) {
                for (int i = 0; i < (room <= 6 ? 4 : 3); i++) {
                    details.add(new BedDetails(BedUnit.RESPITE, "Ҳуҷраи " + room, room + "-" + letters[i], context.firstDay(), null));
                }
            }
            for (int room = 1; room <= 4; room++) {
                details.add(new BedDetails(BedUnit.MOTHER_AND_BABY, "Модар ва кӯдак " + room, "МК-" + room, context.firstDay(), null));
            }
            List<Long> bedIds = repository.insertBeds(context.tx(), details);
            List<Stay> stays = stays();
            stays.sort(Comparator.comparing(Stay::first));
            // per bed, the last night it is taken: a stay goes on the first bed of its unit free by then
            Map<Long, LocalDate> takenUntil = new HashMap<>();
            Map<Long, LocalDate> childTakenUntil = new HashMap<>();
            List<Stay> placed = new ArrayList<>();
            List<Long> placedBeds = new ArrayList<>();
            for (Stay stay : stays) {
                BedUnit unit = stay.service() == ServiceType.MOTHER_AND_BABY ? BedUnit.MOTHER_AND_BABY : BedUnit.RESPITE;
                LocalDate childBusy = childTakenUntil.get(stay.child().id());
                if (childBusy != null && !childBusy.isBefore(stay.first())
                        || stay.respite() && (childBusy != null && !childBusy.plusDays(1).isBefore(stay.first())
                        || overlapsResidential(stay))) {
                    continue;
                }
                for (int i = 0; i < bedIds.size(); i++) {
                    LocalDate until = takenUntil.get(bedIds.get(i));
                    // rooms 1-4 take the short stays, rooms 5-8 respite: as the centre keeps its respite places
                    boolean respiteRoom = i >= 16;
                    if (details.get(i).unit() == unit && (unit == BedUnit.MOTHER_AND_BABY || respiteRoom == stay.respite())
                            && (until == null || until.isBefore(stay.first()))) {
                        takenUntil.put(bedIds.get(i), stay.last());
                        childTakenUntil.put(stay.child().id(), stay.last());
                        placed.add(stay);
                        placedBeds.add(bedIds.get(i));
                        break;
                    }
                }
            }
            List<NewRespiteEnrolment> respite = new ArrayList<>();
            for (Stay stay : placed) {
                if (stay.respite() && !stay.first().isAfter(today)) {
                    LocalDate left = stay.last().plusDays(1);
                    respite.add(new NewRespiteEnrolment(stay.child().id(), stay.first(), left.isAfter(today) ? null : left,
                            context.at(stay.first(), 9)));
                }
            }
            List<Long> respiteIds = repository.insertRespiteEnrolments(context.tx(), respite);
            List<NewBooking> bookings = new ArrayList<>();
            int nextRespite = 0;
            for (int i = 0; i < placed.size(); i++) {
                Stay stay = placed.get(i);
                BedUnit unit = stay.service() == ServiceType.MOTHER_AND_BABY ? BedUnit.MOTHER_AND_BABY : BedUnit.RESPITE;
                Long enrolment = stay.enrolmentId();
                if (stay.respite() && !stay.first().isAfter(today)) {
                    enrolment = respiteIds.get(nextRespite++);
                }
                BookingStatus status;
                if (stay.first().isAfter(today)) {
                    status = random.nextInt(12) == 0 ? BookingStatus.CANCELLED : BookingStatus.PLANNED;
                    enrolment = null;
                } else {
                    status = stay.last().isBefore(today) ? BookingStatus.CHECKED_OUT : BookingStatus.CHECKED_IN;
                }
                boolean in = status == BookingStatus.CHECKED_IN || status == BookingStatus.CHECKED_OUT;
                bookings.add(new NewBooking(placedBeds.get(i), unit, stay.child().id(),
                        stay.service() == ServiceType.MOTHER_AND_BABY ? stay.child().motherCarerId() : null, stay.service(),
                        stay.respite() ? BookingPurpose.FAMILY_RESPITE : stay.service() == ServiceType.MOTHER_AND_BABY
                                ? BookingPurpose.MOTHER_AND_BABY : BookingPurpose.CRISIS,
                        stay.first(), stay.last(), status, in ? enrolment : null, in ? stay.first() : null,
                        status == BookingStatus.CHECKED_OUT ? stay.last().plusDays(1) : null,
                        context.at(stay.first().minusDays(7), 10)));
            }
            List<Long> bookingIds = repository.insertBookings(context.tx(), bookings);
            List<Night> bedNights = new ArrayList<>();
            List<Night> childNights = new ArrayList<>();
            for (int i = 0; i < bookings.size(); i++) {
                NewBooking b = bookings.get(i);
                if (b.status() == BookingStatus.CANCELLED) {
                    continue;
                }
                for (LocalDate night = b.firstNight(); !night.isAfter(b.lastNight()); night = night.plusDays(1)) {
                    bedNights.add(new Night(b.bedId(), night, bookingIds.get(i)));
                    childNights.add(new Night(b.childId(), night, bookingIds.get(i)));
                }
            }
            repository.insertBedNights(context.tx(), bedNights);
            repository.insertChildNights(context.tx(), childNights);
            Map<String, Integer> written = new LinkedHashMap<>();
            written.put("bed", bedIds.size());
            written.put("booking", bookings.size());
            // the respite admissions join the admissions' enrolments: the dataset reports rows per table
            written.put("enrolment", context.get(ScaleEnrolments.class).enrolments().size() + respite.size());
            written.put("bed_night", bedNights.size());
            written.put("child_night", childNights.size());
            return written;
        }

        /**
         * Whether a respite stay's admission (first night to the morning after the last) would touch one
         * of the child's residential admissions from the admissions' share, placed on a bed or not: the
         * service refuses two residential admissions of a child on one day (a day service may go on).
         */
        private boolean overlapsResidential(Stay stay) {
            for (ScaleEnrolments.Enrolment e : residentialByChild.getOrDefault(stay.child().id(), List.of())) {
                if (!e.start().isAfter(stay.last().plusDays(1)) && (e.end() == null || !e.end().isBefore(stay.first()))) {
                    return true;
                }
            }
            return false;
        }

        /** The admissions' residential stays (as they were), then respite stays drawn over the ten years and the next weeks. */
        private List<Stay> stays() {
            List<Stay> stays = new ArrayList<>();
            List<ScaleChildren.Child> children = new ArrayList<>();
            for (ScaleEnrolments.Enrolment e : context.get(ScaleEnrolments.class).enrolments()) {
                if (e.service().isResidential()) {
                    residentialByChild.computeIfAbsent(e.child().id(), id -> new ArrayList<>()).add(e);
                }
                if (e.service().isResidential() && (e.service() != ServiceType.MOTHER_AND_BABY || e.child().motherCarerId() != null)) {
                    LocalDate last = e.end() == null ? today.plusDays(30) : e.end().minusDays(1);
                    if (!last.isBefore(e.start())) {
                        stays.add(new Stay(e.child(), e.service(), e.start(), last, e.id(), false));
                    }
                }
            }
            for (ScaleChildren.Child child : context.get(ScaleChildren.class).children()) {
                if (child.disability() || random.nextInt(4) == 0) {
                    children.add(child);
                }
            }
            long span = ChronoUnit.DAYS.between(context.firstDay(), today.plusDays(60));
            int made = 0;
            for (int i = 0; i < 800_000 && made < BOOKINGS * 3 / 2 && !children.isEmpty(); i++) {
                ScaleChildren.Child child = children.get(random.nextInt(children.size()));
                LocalDate first = context.firstDay().plusDays((long) (random.nextDouble() * span));
                LocalDate youngest = child.dateOfBirth().plusYears(1);
                LocalDate oldest = child.dateOfBirth().plusYears(7);
                LocalDate came = child.addedAt().atZone(context.zone()).toLocalDate();
                if (first.isBefore(youngest) || !first.isBefore(oldest) || first.isBefore(came)
                        || (child.archivedOn() != null && !first.isBefore(child.archivedOn()))) {
                    continue;
                }
                stays.add(new Stay(child, ServiceType.RESIDENTIAL_RESPITE, first, first.plusDays(1 + random.nextInt(3)), null, true));
                made++;
            }
            return stays;
        }
    }
}
