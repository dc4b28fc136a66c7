package org.markaz.sample;

import org.markaz.register.RegisterService;
import org.markaz.admissions.AdmissionsService;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.markaz.children.BirthCertificate;
import org.markaz.children.ChildDetails;
import org.markaz.children.ChildSaveResult;
import org.markaz.children.ChildrenService;
import org.markaz.children.FamilyDetails;
import org.markaz.shared.Relationship;
import org.markaz.children.Settlement;
import org.markaz.shared.Sex;
import org.markaz.core.feature.Services;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Actor;
import org.markaz.core.security.ProgramActor;
import org.markaz.core.security.Role;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.staff.StaffDetails;

/**
 * Loads the fictional demo centre from the CSV files of {@code sample-data/khujand} (shipped
 * inside the jar) through the same services as the screens, so it obeys every rule and is audited.
 *
 * <p>Two steps: the centre and its staff in one transaction, then the families, carers and
 * children through the children service, whose every call is its own transaction. All files are
 * read and cross-checked before anything is written, so a broken sample fails before the centre
 * exists rather than half-way through the families.
 */
public final class SampleCentre {

    private static final String FOLDER = "/sample-data/khujand/";
    static final Actor SAMPLE = ProgramActor.SAMPLE_DATA.actor();

    private SampleCentre() {
    }

    /** The whole sample in one transaction: a cut half-way leaves no half-made centre. */
    public static void load(Services services) {
        Families families = Families.read();
        SampleAdmissions admissions = SampleAdmissions.read(families.childNames(), families.carerKeys());
        services.transactions().run(tx -> {
            Families.Written written = loadPeople(services, families);
            LocalDate today = LocalDate.now(services.clock());
            admissions.writeThrough(services.get(AdmissionsService.class), written.childIds(), written.carerIds(), today);
            new SampleRegister(services.get(RegisterService.class), admissions.absentLastDays(written.childIds())).fill(today);
        });
    }

    /** The centre, its staff and its families, without services or register: for tests that build those themselves. */
    public static void loadFamiliesOnly(Services services) {
        Families families = Families.read();
        services.transactions().run(tx -> loadPeople(services, families));
    }

    private static Families.Written loadPeople(Services services, Families families) {
        CSVRecord centre = read("centre.csv").get(0);
        List<CSVRecord> staff = read("staff.csv");
        services.transactions().run(tx -> {
            services.centres().create(SAMPLE, new CentreDetails(centre.get("name"), centre.get("code"),
                    centre.get("region"), centre.get("address"), centre.get("director_name")));
            java.util.Map<String, String> hashes = new java.util.HashMap<>();
            for (CSVRecord member : staff) {
                addStaffMember(services, member, hashes);
            }
        });
        return families.writeThrough(services.get(ChildrenService.class));
    }

    private static void addStaffMember(Services services, CSVRecord member, java.util.Map<String, String> hashes) {
        StaffDetails details = new StaffDetails(member.get("full_name"), member.get("position"), member.get("phone"),
                Boolean.parseBoolean(member.get("active")));
        if (member.get("username").isBlank()) {
            services.staff().addStaffMember(SAMPLE, details, null);
            return;
        }
        String hash = hashes.computeIfAbsent(member.get("password"), password -> services.staff().hashDemoPassword(
                password.toCharArray()));
        services.staff().addDemoStaffMember(SAMPLE, details, member.get("username"), Role.valueOf(member.get("role")),
                Language.fromCode(member.get("language")), hash);
    }

    static List<CSVRecord> read(String file) {
        try (InputStream in = SampleCentre.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The sample centre is missing from this build: " + file);
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record SampleFamily(String key, FamilyDetails details) {
    }

    private record SampleCarer(String key, String familyKey, String fullName, String phone) {
    }

    private record SampleChild(String familyKey, String fullName, Sex sex, LocalDate dateOfBirth,
                               BirthCertificate birthCertificate, String disability, String notes,
                               Map<String, Relationship> carers) {
    }

    /** families.csv, carers.csv and children.csv, read and checked against each other. */
    record Families(List<SampleFamily> families, List<SampleCarer> carers, List<SampleChild> children) {

        static Families read() {
            Map<String, SampleFamily> families = new LinkedHashMap<>();
            for (CSVRecord line : SampleCentre.read("families.csv")) {
                Settlement settlement = parse(Settlement.class, "families.csv", line, line.get("settlement"));
                SampleFamily family = new SampleFamily(line.get("key"), new FamilyDetails(line.get("address"),
                        line.get("district"), line.get("jamoat"), settlement, line.get("phone"),
                        flag(line, "single_parent"), flag(line, "parent_abroad"), flag(line, "disability_in_family"),
                        flag(line, "no_documents"), flag(line, "homeless"), line.get("other_circumstances")));
                if (families.put(family.key(), family) != null) {
                    throw broken("families.csv", line, "the key " + family.key() + " is used twice");
                }
            }
            Map<String, SampleCarer> carers = new LinkedHashMap<>();
            for (CSVRecord line : SampleCentre.read("carers.csv")) {
                SampleCarer carer = new SampleCarer(line.get("key"), line.get("family_key"), line.get("full_name"),
                        line.get("phone"));
                if (!families.containsKey(carer.familyKey())) {
                    throw broken("carers.csv", line, "no family " + carer.familyKey());
                }
                if (carers.put(carer.key(), carer) != null) {
                    throw broken("carers.csv", line, "the key " + carer.key() + " is used twice");
                }
            }
            List<SampleChild> children = SampleCentre.read("children.csv").stream()
                    .map(line -> child(line, families, carers)).toList();
            return new Families(List.copyOf(families.values()), List.copyOf(carers.values()), children);
        }

        private static SampleChild child(CSVRecord line, Map<String, SampleFamily> families,
                                         Map<String, SampleCarer> carers) {
            String familyKey = line.get("family_key");
            if (!families.containsKey(familyKey)) {
                throw broken("children.csv", line, "no family " + familyKey);
            }
            Map<String, Relationship> relationships = new LinkedHashMap<>();
            for (String link : line.get("carer_relationships").split(";")) {
                String[] carerAndRelationship = link.strip().split(":");
                SampleCarer carer = carerAndRelationship.length == 2 ? carers.get(carerAndRelationship[0].strip()) : null;
                if (carer == null || !carer.familyKey().equals(familyKey)) {
                    throw broken("children.csv", line, "\"" + link + "\" is not a carer of family " + familyKey);
                }
                relationships.put(carer.key(), parse(Relationship.class, "children.csv", line, carerAndRelationship[1]));
            }
            try {
                return new SampleChild(familyKey, line.get("full_name"),
                        parse(Sex.class, "children.csv", line, line.get("sex")),
                        LocalDate.parse(line.get("date_of_birth").strip()),
                        parse(BirthCertificate.class, "children.csv", line, line.get("birth_certificate")),
                        line.get("disability"), line.get("notes"), relationships);
            } catch (DateTimeParseException e) {
                throw broken("children.csv", line, "the date of birth is not yyyy-MM-dd");
            }
        }

        /** The children's names and the carers' keys, which the other files refer to. */
        java.util.Set<String> childNames() {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (SampleChild child : children) {
                if (!names.add(child.fullName())) {
                    throw new IllegalStateException("Sample data children.csv: " + child.fullName() + " is there twice");
                }
            }
            return names;
        }

        java.util.Set<String> carerKeys() {
            java.util.Set<String> keys = new java.util.HashSet<>();
            carers.forEach(carer -> keys.add(carer.key()));
            return keys;
        }

        /** The database ids of the children (by name) and carers (by key). */
        record Written(Map<String, Long> childIds, Map<String, Long> carerIds) {
        }

        /** Family codes (KHJ-0001, ...) follow the order of families.csv. */
        Written writeThrough(ChildrenService service) {
            Map<String, Long> familyIds = new HashMap<>();
            for (SampleFamily family : families) {
                familyIds.put(family.key(), service.createFamily(SAMPLE, family.details()));
            }
            Map<String, Long> carerIds = new HashMap<>();
            Map<String, Long> childIds = new HashMap<>();
            for (SampleCarer carer : carers) {
                carerIds.put(carer.key(), service.addCarer(SAMPLE, familyIds.get(carer.familyKey()), carer.fullName(),
                        carer.phone()));
            }
            for (SampleChild child : children) {
                ChildSaveResult saved = service.saveChild(SAMPLE, null, new ChildDetails(familyIds.get(child.familyKey()),
                        child.fullName(), child.sex(), child.dateOfBirth(), child.birthCertificate(), child.disability(),
                        child.notes()), true);
                long childId = ((ChildSaveResult.Saved) saved).childId();
                childIds.put(child.fullName(), childId);
                child.carers().forEach((carer, relationship) ->
                        service.setRelationship(SAMPLE, childId, carerIds.get(carer), relationship));
            }
            return new Written(childIds, carerIds);
        }

        private static boolean flag(CSVRecord line, String column) {
            String value = line.get(column).strip();
            if (!value.equals("true") && !value.equals("false")) {
                throw broken("families.csv", line, column + " must be true or false");
            }
            return Boolean.parseBoolean(value);
        }

        static <E extends Enum<E>> E parse(Class<E> type, String file, CSVRecord line, String value) {
            try {
                return Enum.valueOf(type, value.strip());
            } catch (IllegalArgumentException e) {
                throw broken(file, line, "\"" + value + "\" is not a " + type.getSimpleName());
            }
        }

        static IllegalStateException broken(String file, CSVRecord line, String problem) {
            // the header is line 1
            long lineNumber = line.getRecordNumber() + 1;
            return new IllegalStateException("Sample data " + file + " line " + lineNumber + ": " + problem);
        }
    }
}
