package org.markaz.children;

import static org.markaz.core.demo.Names.phone;
import static org.markaz.core.demo.Names.pick;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.markaz.children.ChildrenScaleRepository.NewCarer;
import org.markaz.children.ChildrenScaleRepository.NewCarerLink;
import org.markaz.children.ChildrenScaleRepository.NewChild;
import org.markaz.children.ChildrenScaleRepository.NewFamily;
import org.markaz.core.feature.ScaleContext;
import org.markaz.core.feature.ScaleShare;
import org.markaz.shared.FamilyRow;
import org.markaz.shared.Relationship;
import org.markaz.shared.ScaleChildren;
import org.markaz.shared.Sex;

/**
 * The children's share of the scale dataset: the families who came to the centre over the ten
 * years, in the order they came (so their codes rise with time), where they live, what they face,
 * who cares for the children and how each carer is related to each child; children 0 to 7 when
 * their family came, a tenth archived. Rows refer to their family by its place in the list until
 * the database has given the families their ids. Leaves every child ({@link ScaleChildren}) for
 * the later shares.
 */
public final class ChildrenScale implements ScaleShare {

    public static final int FAMILIES = 4_000;

    @Override
    public Map<String, Integer> generate(ScaleContext context) {
        return new Generation(context).write();
    }

    /** One generation's rows, drawn from the children's own sequence. */
    private static final class Generation {

        /** A carer of a family (its place in the carers list) and how they are related to all its children. */
        private record Caring(int carer, Relationship relationship) {
        }

        private final ScaleContext context;
        private final Random random;
        private final String centreCode;
        private final ChildrenScaleRepository repository = new ChildrenScaleRepository();

        private final List<NewFamily> families = new ArrayList<>(FAMILIES);
        private final List<List<Caring>> households = new ArrayList<>(FAMILIES);
        private final List<NewCarer> carers = new ArrayList<>();
        private final List<NewChild> children = new ArrayList<>();

        Generation(ScaleContext context) {
            this.context = context;
            this.random = context.random("children");
            this.centreCode = context.services().centres().code();
        }

        Map<String, Integer> write() {
            List<Instant> arrivals = new ArrayList<>(FAMILIES);
            for (int i = 0; i < FAMILIES; i++) {
                arrivals.add(context.anyMoment(random));
            }
            arrivals.sort(null);
            for (int i = 0; i < FAMILIES; i++) {
                family(i, arrivals.get(i));
            }
            List<Long> familyIds = repository.insertFamilies(context.tx(), families);
            List<Long> carerIds = repository.insertCarers(context.tx(), carers.stream()
                    .map(c -> new NewCarer(familyIds.get((int) c.familyId()), c.fullName(), c.phone())).toList());
            List<Long> childIds = repository.insertChildren(context.tx(), children.stream()
                    .map(c -> new NewChild(familyIds.get((int) c.familyId()), c.fullName(), c.searchText(), c.sex(),
                            c.dateOfBirth(), c.birthCertificate(), c.disability(), c.notes(), c.archivedOn(),
                            c.archiveReason(), c.createdAt())).toList());
            List<NewCarerLink> links = new ArrayList<>();
            List<ScaleChildren.Child> written = new ArrayList<>(children.size());
            for (int child = 0; child < children.size(); child++) {
                NewChild row = children.get(child);
                List<String> names = new ArrayList<>();
                Long mother = null;
                for (Caring caring : households.get((int) row.familyId())) {
                    long carerId = carerIds.get(caring.carer());
                    links.add(new NewCarerLink(childIds.get(child), carerId, caring.relationship()));
                    names.add(carers.get(caring.carer()).fullName());
                    if (caring.relationship() == Relationship.MOTHER && mother == null) {
                        mother = carerId;
                    }
                }
                written.add(new ScaleChildren.Child(childIds.get(child), row.dateOfBirth(), row.createdAt(),
                        row.archivedOn(), row.disability() != null, List.copyOf(names), mother));
            }
            repository.insertCarerLinks(context.tx(), links);
            context.put(ScaleChildren.class, new ScaleChildren(List.copyOf(written)));
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("family", families.size());
            counts.put("carer", carers.size());
            counts.put("child", children.size());
            counts.put("child_carer", links.size());
            return counts;
        }

        private void family(int index, Instant arrived) {
            FamilyNames.District district = FamilyNames.district(random);
            boolean rural = random.nextDouble() < district.rural();
            String jamoat = rural ? pick(random, district.jamoats()) : null;
            boolean parentAbroad = random.nextInt(100) < 35;
            boolean singleParent = random.nextInt(100) < (parentAbroad ? 8 : 30);
            boolean disability = random.nextInt(100) < 15;
            boolean noDocuments = random.nextInt(100) < 8;
            boolean homeless = random.nextInt(100) < 4;
            String address = homeless ? FamilyNames.homelessAddress(random, district)
                    : rural ? FamilyNames.villageAddress(random, jamoat) : FamilyNames.townAddress(random, district);
            String other = random.nextInt(100) < 10 ? pick(random, FamilyNames.OTHER_CIRCUMSTANCES) : null;
            LocalDate joined = LocalDate.ofInstant(arrived, context.zone());
            boolean archived = random.nextInt(100) < 10;
            LocalDate archivedOn = archived ? laterDay(joined, 90, 900) : null;
            String archiveReason = archived ? pick(random, FamilyNames.ARCHIVE_REASONS) : null;
            FamilyNames.Surname surname = pick(random, FamilyNames.SURNAMES);

            List<Caring> household = new ArrayList<>(3);
            List<FamilyRow.Carer> itsCarers = new ArrayList<>(3);
            String familyPhone = null;
            for (Relationship relationship : household(parentAbroad, singleParent)) {
                String phone = random.nextInt(100) < phoneChance(relationship) ? phone(random) : null;
                familyPhone = familyPhone == null ? phone : familyPhone;
                household.add(new Caring(carers.size(), relationship));
                NewCarer carer = new NewCarer(index, carerName(relationship, surname), phone);
                carers.add(carer);
                itsCarers.add(new FamilyRow.Carer(0, carer.fullName(), carer.phone()));
            }
            if (familyPhone == null && !homeless && random.nextBoolean()) {
                familyPhone = phone(random);
            }
            households.add(household);
            String code = String.format("%s-%04d", centreCode, index + 1);
            NewFamily family = new NewFamily(code, address, district.name(),
                    jamoat, rural ? Settlement.RURAL : Settlement.URBAN, familyPhone, singleParent, parentAbroad,
                    disability, noDocuments, homeless, other, archivedOn, archiveReason, arrived,
                    SearchTexts.family(code, district.name(), familyPhone, itsCarers));
            families.add(family);
            Set<String> firstNames = new HashSet<>();
            for (LocalDate born : birthDays(joined)) {
                children.add(child(index, family, surname, born, firstNames));
            }
        }

        /**
         * One to three children, the eldest first, all 0 to 7 when the family came; siblings at least
         * fourteen months apart, now and then twins.
         */
        private List<LocalDate> birthDays(LocalDate joined) {
            int roll = random.nextInt(100);
            int count = roll < 57 ? 1 : roll < 93 ? 2 : 3;
            int[] gaps = new int[count];
            int span = 0;
            for (int c = 1; c < count; c++) {
                gaps[c] = random.nextInt(100) < 3 ? 0 : 420 + random.nextInt(900);
                span += gaps[c];
            }
            LocalDate born = joined.minusDays(random.nextInt(8 * 365 - span));
            LocalDate[] eldestFirst = new LocalDate[count];
            for (int c = 0; c < count; c++) {
                born = born.minusDays(gaps[c]);
                eldestFirst[count - 1 - c] = born;
            }
            return List.of(eldestFirst);
        }

        private NewChild child(int family, NewFamily itsFamily, FamilyNames.Surname surname, LocalDate born,
                               Set<String> firstNamesInFamily) {
            Sex sex = random.nextBoolean() ? Sex.F : Sex.M;
            String name = childName(sex == Sex.F, surname, firstNamesInFamily);
            LocalDate joined = LocalDate.ofInstant(itsFamily.createdAt(), context.zone());
            BirthCertificate certificate = certificate(itsFamily.noDocuments());
            String disability = random.nextInt(100) < (itsFamily.disabilityInFamily() ? 60 : 4)
                    ? pick(random, FamilyNames.DISABILITIES) : null;
            String notes = itsFamily.parentAbroad() && random.nextInt(100) < 20 ? FamilyNames.FATHER_IN_RUSSIA
                    : random.nextInt(100) < 12 ? pick(random, FamilyNames.CHILD_NOTES) : null;
            Instant added = itsFamily.createdAt().plusSeconds(random.nextInt(7_200));
            LocalDate archivedOn = itsFamily.archivedOn();
            String archiveReason = itsFamily.archiveReason();
            if (archivedOn == null && random.nextInt(100) < 2) {
                archivedOn = laterDay(joined, 60, 700);
                archiveReason = Period.between(born, archivedOn).getYears() >= 6 ? FamilyNames.WENT_TO_SCHOOL
                        : pick(random, FamilyNames.CHILD_ARCHIVE_REASONS);
            }
            return new NewChild(family, name, ChildrenService.searchText(name, itsFamily.code(), itsFamily.district()),
                    sex, born, certificate, disability, notes, archivedOn, archiveReason,
                    added.isAfter(context.end()) ? context.end() : added);
        }

        private String childName(boolean girl, FamilyNames.Surname surname, Set<String> firstNamesInFamily) {
            if (random.nextInt(100) < 3) {
                return FamilyNames.latinChild(random, surname, girl);
            }
            String first;
            do {
                first = pick(random, girl ? FamilyNames.GIRLS : FamilyNames.BOYS);
            } while (!firstNamesInFamily.add(first));
            return FamilyNames.person(first, surname, girl);
        }

        /** Who looks after the children: mothers mostly, grandparents when the parents work abroad. */
        private List<Relationship> household(boolean parentAbroad, boolean singleParent) {
            List<Relationship> household = new ArrayList<>(3);
            int roll = random.nextInt(100);
            if (parentAbroad) {
                if (roll < 65) {
                    household.add(Relationship.MOTHER);
                    addSometimes(household, Relationship.GRANDMOTHER, 60);
                } else {
                    household.add(Relationship.GRANDMOTHER);
                    addSometimes(household, Relationship.GRANDFATHER, 45);
                    addSometimes(household, Relationship.AUNT, 10);
                }
            } else if (singleParent) {
                household.add(roll < 85 ? Relationship.MOTHER : Relationship.FATHER);
                addSometimes(household, Relationship.GRANDMOTHER, 45);
            } else if (roll < 4) {
                household.add(Relationship.GUARDIAN);
            } else if (roll < 7) {
                household.add(Relationship.AUNT);
                household.add(Relationship.UNCLE);
            } else {
                household.add(Relationship.MOTHER);
                addSometimes(household, Relationship.FATHER, 85);
                addSometimes(household, Relationship.GRANDMOTHER, 20);
                addSometimes(household, Relationship.SIBLING, 2);
            }
            return household;
        }

        private void addSometimes(List<Relationship> household, Relationship relationship, int percent) {
            if (random.nextInt(100) < percent) {
                household.add(relationship);
            }
        }

        private String carerName(Relationship relationship, FamilyNames.Surname surname) {
            return switch (relationship) {
                case MOTHER, SIBLING -> FamilyNames.person(pick(random, FamilyNames.WOMEN), surname, true);
                case FATHER, UNCLE -> FamilyNames.person(pick(random, FamilyNames.MEN), surname, false);
                case GRANDMOTHER -> FamilyNames.person(pick(random, FamilyNames.GRANDMOTHERS),
                        random.nextBoolean() ? surname : pick(random, FamilyNames.SURNAMES), true);
                case GRANDFATHER -> FamilyNames.person(pick(random, FamilyNames.GRANDFATHERS), surname, false);
                case AUNT, OTHER_KIN -> FamilyNames.person(pick(random, FamilyNames.WOMEN),
                        pick(random, FamilyNames.SURNAMES), true);
                case GUARDIAN -> random.nextInt(5) > 0
                        ? FamilyNames.person(pick(random, FamilyNames.WOMEN), pick(random, FamilyNames.SURNAMES), true)
                        : FamilyNames.person(pick(random, FamilyNames.MEN), pick(random, FamilyNames.SURNAMES), false);
            };
        }

        private int phoneChance(Relationship relationship) {
            return switch (relationship) {
                case MOTHER, FATHER, GUARDIAN -> 80;
                case GRANDMOTHER, GRANDFATHER -> 40;
                default -> 60;
            };
        }

        private BirthCertificate certificate(boolean noDocuments) {
            int roll = random.nextInt(100);
            if (noDocuments) {
                return roll < 50 ? BirthCertificate.NONE : roll < 85 ? BirthCertificate.APPLIED : BirthCertificate.UNKNOWN;
            }
            return roll < 85 ? BirthCertificate.HAS : roll < 91 ? BirthCertificate.APPLIED
                    : roll < 94 ? BirthCertificate.NONE : BirthCertificate.UNKNOWN;
        }

        /** A day some while after {@code from}, but not after today. */
        private LocalDate laterDay(LocalDate from, int minDays, int maxDays) {
            LocalDate day = from.plusDays(minDays + random.nextInt(maxDays - minDays));
            return day.isAfter(context.today()) ? context.today() : day;
        }
    }
}
