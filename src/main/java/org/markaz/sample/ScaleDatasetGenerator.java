package org.markaz.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;
import org.markaz.children.BirthCertificate;
import org.markaz.children.ChildrenService;
import org.markaz.shared.Relationship;
import org.markaz.children.Settlement;
import org.markaz.shared.Sex;
import org.markaz.core.feature.Services;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.security.ProgramActor;
import org.markaz.core.security.Role;
import org.markaz.sample.ScaleDatasetRepository.AuditRow;
import org.markaz.sample.ScaleDatasetRepository.BackupRow;
import org.markaz.sample.ScaleDatasetRepository.CarerLinkRow;
import org.markaz.sample.ScaleDatasetRepository.CarerRow;
import org.markaz.sample.ScaleDatasetRepository.ChildRow;
import org.markaz.sample.ScaleDatasetRepository.FamilyRow;
import org.markaz.core.centre.CentreDetails;

/**
 * Ten years of a busy centre (docs/design.md §5), the same every time for the same seed, for the
 * benchmark. Each feature adds its share; the spine's is staff turnover, their accounts, the
 * audit trail of their changes and a daily backup record; the children's is the families who
 * came over the years, their carers and children, a tenth of them archived. The {@code admin}
 * user signs in with {@code markaz-demo}.
 */
public final class ScaleDatasetGenerator {

    public static final int YEARS = 10;
    public static final int STAFF = 160;
    public static final int AUDIT_EVENTS = 60_000;
    public static final int FAMILIES = 4_000;
    private static final String CENTRE_CODE = "SCL";

    private final long seed;
    private final ScaleDatasetRepository repository = new ScaleDatasetRepository();

    public ScaleDatasetGenerator(long seed) {
        this.seed = seed;
    }

    /** Fills an empty, migrated database; returns the number of rows written per table. */
    public Map<String, Integer> generate(Services services) {
        Random random = new Random(seed);
        // the families draw from their own sequence, so the spine's rows stay as they were
        Random familyRandom = new Random(seed ^ 0x6368696C6472656EL);
        ZoneId zone = services.zone();
        LocalDate today = LocalDate.now(services.clock());
        LocalDate firstDay = today.minusYears(YEARS);
        Instant start = firstDay.atStartOfDay(zone).toInstant();
        // the day's start, not this moment: the same seed on the same day gives the same rows, row for row
        Instant end = today.atStartOfDay(zone).toInstant();
        // one real hash, shared by every generated account: hashing each would take minutes
        String passwordHash = new PasswordHasher().hash("markaz-demo".toCharArray());
        Map<String, Integer> written = new LinkedHashMap<>();
        List<ScaleDatasetActivity.Child> activityChildren = new ArrayList<>();
        services.transactions().run(tx -> {
            services.centres().create(ProgramActor.GENERATOR.actor(), new CentreDetails(
                    "Маркази санҷишии миқёс (10 сол)", CENTRE_CODE, "Вилояти Суғд", "ш. Хуҷанд, кӯчаи Ленин 1",
                    "Фарҳод Назаров"));
            List<Long> userIds = new ArrayList<>();
            List<String> usernames = new ArrayList<>();
            for (int i = 0; i < STAFF; i++) {
                Instant joined = between(random, start, end);
                boolean active = i < 40 || random.nextInt(4) == 0;
                long staffId = repository.insertStaff(tx, Names.fullName(random), Names.pick(random, Names.POSITIONS),
                        Names.phone(random), active, joined);
                if (i < 80) {
                    Role role = i == 0 ? Role.ADMINISTRATOR : i == 1 ? Role.DIRECTOR : i % 7 == 0 ? Role.BOOKKEEPER : Role.KEY_WORKER;
                    String username = i == 0 ? "admin" : "user" + i;
                    userIds.add(repository.insertUser(tx, staffId, username, passwordHash, role,
                            org.markaz.core.i18n.Language.fromCode(Names.pick(random, List.of("ru", "tg", "tg", "en"))),
                            active, joined));
                    usernames.add(username);
                }
            }
            written.put("staff", STAFF);
            written.put("app_user", userIds.size());
            written.put("audit_event", auditTrail(tx, random, start, end, userIds, usernames));
            written.put("backup_log", backupLog(tx, firstDay, zone, end));
            written.putAll(new Families(familyRandom, zone, start, end, today).write(tx, activityChildren));
            written.putAll(new ScaleDatasetActivity(new Random(seed ^ 0x7265676973746572L), zone, today, usernames,
                    repository).write(tx, activityChildren));
        });
        return written;
    }

    private int auditTrail(DSLContext tx, Random random, Instant start, Instant end, List<Long> userIds, List<String> usernames) {
        List<AuditRow> events = new ArrayList<>(AUDIT_EVENTS);
        for (int i = 0; i < AUDIT_EVENTS; i++) {
            int who = random.nextInt(userIds.size());
            int subject = 1 + random.nextInt(STAFF);
            Instant at = between(random, start, end);
            String before = "{\"ID\":" + subject + ",\"PHONE\":\"" + Names.phone(random) + "\"}";
            String after = "{\"ID\":" + subject + ",\"PHONE\":\"" + Names.phone(random) + "\"}";
            events.add(new AuditRow(at, userIds.get(who), usernames.get(who), "UPDATE", "staff", Integer.toString(subject),
                    before, after));
        }
        // the trail grows with time, as a real one does (and its time index fills at one end, which is much faster)
        events.sort(Comparator.comparing(AuditRow::at));
        repository.insertAuditEvents(tx, events);
        return events.size();
    }

    private int backupLog(DSLContext tx, LocalDate firstDay, ZoneId zone, Instant end) {
        List<BackupRow> backups = new ArrayList<>();
        for (LocalDate day = firstDay; day.atTime(18, 0).atZone(zone).toInstant().isBefore(end); day = day.plusDays(1)) {
            Instant at = day.atTime(18, 0).atZone(zone).toInstant();
            backups.add(new BackupRow(at, "ON_EXIT", "markaz-" + CENTRE_CODE + "-" + day + "-exit.zip",
                    1_000_000L + backups.size(), "0".repeat(64), "automatic backup"));
        }
        repository.insertBackupLog(tx, backups);
        return backups.size();
    }

    private static Instant between(Random random, Instant start, Instant end) {
        long span = Duration.between(start, end).getSeconds();
        return start.plusSeconds((long) (random.nextDouble() * span));
    }

    /**
     * The families who came to the centre over the years, in the order they came (so their codes
     * rise with time): where they live, what they face, who cares for the children and how each
     * carer is related to each child. Children were 0 to 7 when their family came. Rows refer to
     * their family by its place in the list until the database has given the families their ids.
     */
    private final class Families {

        /** A carer of a family (its place in the carers list) and how they are related to all its children. */
        private record Caring(int carer, Relationship relationship) {
        }

        private final Random random;
        private final ZoneId zone;
        private final Instant start;
        private final Instant end;
        private final LocalDate today;

        private final List<FamilyRow> families = new ArrayList<>(FAMILIES);
        private final List<List<Caring>> households = new ArrayList<>(FAMILIES);
        private final List<CarerRow> carers = new ArrayList<>();
        private final List<ChildRow> children = new ArrayList<>();

        Families(Random random, ZoneId zone, Instant start, Instant end, LocalDate today) {
            this.random = random;
            this.zone = zone;
            this.start = start;
            this.end = end;
            this.today = today;
        }

        /** Writes the families; {@code written} receives each child with its family's carers, for their activity. */
        Map<String, Integer> write(DSLContext tx, List<ScaleDatasetActivity.Child> written) {
            List<Instant> arrivals = new ArrayList<>(FAMILIES);
            for (int i = 0; i < FAMILIES; i++) {
                arrivals.add(between(random, start, end));
            }
            arrivals.sort(null);
            for (int i = 0; i < FAMILIES; i++) {
                family(i, arrivals.get(i));
            }
            List<Long> familyIds = repository.insertFamilies(tx, families);
            List<Long> carerIds = repository.insertCarers(tx, carers.stream()
                    .map(c -> new CarerRow(familyIds.get((int) c.familyId()), c.fullName(), c.phone())).toList());
            List<Long> childIds = repository.insertChildren(tx, children.stream()
                    .map(c -> new ChildRow(familyIds.get((int) c.familyId()), c.fullName(), c.searchText(), c.sex(),
                            c.dateOfBirth(), c.birthCertificate(), c.disability(), c.notes(), c.archivedOn(),
                            c.archiveReason(), c.createdAt())).toList());
            List<CarerLinkRow> links = new ArrayList<>();
            for (int child = 0; child < children.size(); child++) {
                for (Caring caring : households.get((int) children.get(child).familyId())) {
                    links.add(new CarerLinkRow(childIds.get(child), carerIds.get(caring.carer()),
                            caring.relationship().name()));
                }
            }
            repository.insertCarerLinks(tx, links);
            for (int child = 0; child < children.size(); child++) {
                List<String> names = new ArrayList<>();
                List<Long> ids = new ArrayList<>();
                Long mother = null;
                for (Caring caring : households.get((int) children.get(child).familyId())) {
                    names.add(carers.get(caring.carer()).fullName());
                    ids.add(carerIds.get(caring.carer()));
                    if (caring.relationship() == Relationship.MOTHER && mother == null) {
                        mother = carerIds.get(caring.carer());
                    }
                }
                written.add(new ScaleDatasetActivity.Child(childIds.get(child), children.get(child), names, ids, mother));
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("family", families.size());
            counts.put("carer", carers.size());
            counts.put("child", children.size());
            counts.put("child_carer", links.size());
            return counts;
        }

        private void family(int index, Instant arrived) {
            Names.District district = Names.district(random);
            boolean rural = random.nextDouble() < district.rural();
            String jamoat = rural ? Names.pick(random, district.jamoats()) : null;
            boolean parentAbroad = random.nextInt(100) < 35;
            boolean singleParent = random.nextInt(100) < (parentAbroad ? 8 : 30);
            boolean disability = random.nextInt(100) < 15;
            boolean noDocuments = random.nextInt(100) < 8;
            boolean homeless = random.nextInt(100) < 4;
            String address = homeless ? Names.homelessAddress(random, district)
                    : rural ? Names.villageAddress(random, jamoat) : Names.townAddress(random, district);
            String other = random.nextInt(100) < 10 ? Names.pick(random, Names.OTHER_CIRCUMSTANCES) : null;
            LocalDate joined = LocalDate.ofInstant(arrived, zone);
            boolean archived = random.nextInt(100) < 10;
            LocalDate archivedOn = archived ? laterDay(joined, 90, 900) : null;
            String archiveReason = archived ? Names.pick(random, Names.ARCHIVE_REASONS) : null;
            Names.Surname surname = Names.pick(random, Names.SURNAMES);

            List<Caring> household = new ArrayList<>(3);
            String familyPhone = null;
            for (Relationship relationship : household(parentAbroad, singleParent)) {
                String phone = random.nextInt(100) < phoneChance(relationship) ? Names.phone(random) : null;
                familyPhone = familyPhone == null ? phone : familyPhone;
                household.add(new Caring(carers.size(), relationship));
                carers.add(new CarerRow(index, carerName(relationship, surname), phone));
            }
            if (familyPhone == null && !homeless && random.nextBoolean()) {
                familyPhone = Names.phone(random);
            }
            households.add(household);
            FamilyRow family = new FamilyRow(String.format("%s-%04d", CENTRE_CODE, index + 1), address, district.name(),
                    jamoat, (rural ? Settlement.RURAL : Settlement.URBAN).name(), familyPhone, singleParent, parentAbroad,
                    disability, noDocuments, homeless, other, archivedOn, archiveReason, arrived);
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

        private ChildRow child(int family, FamilyRow itsFamily, Names.Surname surname, LocalDate born,
                               Set<String> firstNamesInFamily) {
            Sex sex = random.nextBoolean() ? Sex.F : Sex.M;
            String name = childName(sex == Sex.F, surname, firstNamesInFamily);
            LocalDate joined = LocalDate.ofInstant(itsFamily.createdAt(), zone);
            BirthCertificate certificate = certificate(itsFamily.noDocuments());
            String disability = random.nextInt(100) < (itsFamily.disabilityInFamily() ? 60 : 4)
                    ? Names.pick(random, Names.DISABILITIES) : null;
            String notes = itsFamily.parentAbroad() && random.nextInt(100) < 20 ? Names.FATHER_IN_RUSSIA
                    : random.nextInt(100) < 12 ? Names.pick(random, Names.CHILD_NOTES) : null;
            Instant added = itsFamily.createdAt().plusSeconds(random.nextInt(7_200));
            LocalDate archivedOn = itsFamily.archivedOn();
            String archiveReason = itsFamily.archiveReason();
            if (archivedOn == null && random.nextInt(100) < 2) {
                archivedOn = laterDay(joined, 60, 700);
                archiveReason = Period.between(born, archivedOn).getYears() >= 6 ? Names.WENT_TO_SCHOOL
                        : Names.pick(random, Names.CHILD_ARCHIVE_REASONS);
            }
            return new ChildRow(family, name, ChildrenService.searchText(name, itsFamily.code(), itsFamily.district()),
                    sex.name(), born, certificate.name(), disability, notes, archivedOn, archiveReason,
                    added.isAfter(end) ? end : added);
        }

        private String childName(boolean girl, Names.Surname surname, Set<String> firstNamesInFamily) {
            if (random.nextInt(100) < 3) {
                return Names.latinChild(random, surname, girl);
            }
            String first;
            do {
                first = Names.pick(random, girl ? Names.GIRLS : Names.BOYS);
            } while (!firstNamesInFamily.add(first));
            return Names.person(first, surname, girl);
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

        private String carerName(Relationship relationship, Names.Surname surname) {
            return switch (relationship) {
                case MOTHER, SIBLING -> Names.person(Names.pick(random, Names.WOMEN), surname, true);
                case FATHER, UNCLE -> Names.person(Names.pick(random, Names.MEN), surname, false);
                case GRANDMOTHER -> Names.person(Names.pick(random, Names.GRANDMOTHERS),
                        random.nextBoolean() ? surname : Names.pick(random, Names.SURNAMES), true);
                case GRANDFATHER -> Names.person(Names.pick(random, Names.GRANDFATHERS), surname, false);
                case AUNT, OTHER_KIN -> Names.person(Names.pick(random, Names.WOMEN), Names.pick(random, Names.SURNAMES),
                        true);
                case GUARDIAN -> random.nextInt(5) > 0
                        ? Names.person(Names.pick(random, Names.WOMEN), Names.pick(random, Names.SURNAMES), true)
                        : Names.person(Names.pick(random, Names.MEN), Names.pick(random, Names.SURNAMES), false);
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
            return day.isAfter(today) ? today : day;
        }
    }
}
