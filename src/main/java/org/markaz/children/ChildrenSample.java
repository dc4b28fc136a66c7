package org.markaz.children;

import static org.markaz.core.feature.SampleContext.broken;
import static org.markaz.core.feature.SampleContext.parse;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.feature.SampleShare;
import org.markaz.shared.Relationship;
import org.markaz.shared.SampleChildren;
import org.markaz.shared.Sex;

/**
 * The children's share of the sample centre: families.csv, carers.csv and children.csv, read and
 * checked against each other before the first is written, then written through the children
 * service. Leaves the children's and carers' ids ({@link SampleChildren}) for the later shares.
 *
 * <p>Everything else in the sample is dated from today; children.csv's birth dates are the ages
 * its children had on {@link #BIRTH_DATES_AS_OF}. A sample made years later moves them on by the
 * whole years since, so it still has babies and no child of 18 a centre for 0-7 would refuse.
 */
public final class ChildrenSample implements SampleShare {

    /** The day children.csv's birth dates were written for; none of them is later. */
    static final LocalDate BIRTH_DATES_AS_OF = LocalDate.of(2026, 11, 30);

    private record SampleFamily(String key, FamilyDetails details) {
    }

    private record SampleCarer(String key, String familyKey, String fullName, String phone) {
    }

    private record SampleChild(String familyKey, String fullName, Sex sex, LocalDate dateOfBirth,
                               BirthCertificate birthCertificate, String disability, String notes,
                               Map<String, Relationship> carers) {
    }

    @Override
    public void load(SampleContext context) {
        Map<String, SampleFamily> families = families();
        Map<String, SampleCarer> carers = carers(families);
        int yearsOn = Math.max(0, Period.between(BIRTH_DATES_AS_OF, context.today()).getYears());
        List<SampleChild> children = SampleContext.read("children.csv").stream()
                .map(line -> child(line, families, carers, yearsOn)).toList();
        // the other files name a child by full name, so a name must be there once only
        Set<String> names = new HashSet<>();
        children.stream().filter(child -> !names.add(child.fullName())).findFirst().ifPresent(child -> {
            throw new IllegalStateException("Sample data children.csv: " + child.fullName() + " is there twice");
        });
        ChildrenService service = context.services().get(ChildrenService.class);
        // family codes (KHJ-0001, ...) follow the order of families.csv
        Map<String, Long> familyIds = new HashMap<>();
        families.values().forEach(family -> familyIds.put(family.key(),
                service.createFamily(context.actor(), family.details())));
        Map<String, Long> carerIds = new HashMap<>();
        carers.values().forEach(carer -> carerIds.put(carer.key(), service.addCarer(context.actor(),
                familyIds.get(carer.familyKey()), carer.fullName(), carer.phone())));
        Map<String, Long> childIds = new HashMap<>();
        for (SampleChild child : children) {
            ChildSaveResult saved = service.saveChild(context.actor(), null, new ChildDetails(
                    familyIds.get(child.familyKey()), child.fullName(), child.sex(), child.dateOfBirth(),
                    child.birthCertificate(), child.disability(), child.notes()), new ChildConfirmations(true, true)); // the sample is as meant
            long childId = ((ChildSaveResult.Saved) saved).childId();
            childIds.put(child.fullName(), childId);
            child.carers().forEach((carer, relationship) ->
                    service.setRelationship(context.actor(), childId, carerIds.get(carer), relationship));
        }
        context.put(SampleChildren.class, new SampleChildren(Map.copyOf(childIds), Map.copyOf(carerIds)));
    }

    private static Map<String, SampleFamily> families() {
        Map<String, SampleFamily> families = new LinkedHashMap<>();
        for (CSVRecord line : SampleContext.read("families.csv")) {
            Settlement settlement = parse(Settlement.class, "families.csv", line, line.get("settlement"));
            SampleFamily family = new SampleFamily(line.get("key"), new FamilyDetails(line.get("address"),
                    line.get("district"), line.get("jamoat"), settlement, line.get("phone"),
                    flag(line, "single_parent"), flag(line, "parent_abroad"), flag(line, "disability_in_family"),
                    flag(line, "no_documents"), flag(line, "homeless"), line.get("other_circumstances")));
            if (families.put(family.key(), family) != null) {
                throw broken("families.csv", line, "the key " + family.key() + " is used twice");
            }
        }
        return families;
    }

    private static Map<String, SampleCarer> carers(Map<String, SampleFamily> families) {
        Map<String, SampleCarer> carers = new LinkedHashMap<>();
        for (CSVRecord line : SampleContext.read("carers.csv")) {
            SampleCarer carer = new SampleCarer(line.get("key"), line.get("family_key"), line.get("full_name"),
                    line.get("phone"));
            if (!families.containsKey(carer.familyKey())) {
                throw broken("carers.csv", line, "no family " + carer.familyKey());
            }
            if (carers.put(carer.key(), carer) != null) {
                throw broken("carers.csv", line, "the key " + carer.key() + " is used twice");
            }
        }
        return carers;
    }

    private static SampleChild child(CSVRecord line, Map<String, SampleFamily> families, Map<String, SampleCarer> carers,
                                     int yearsOn) {
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
                    LocalDate.parse(line.get("date_of_birth").strip()).plusYears(yearsOn),
                    parse(BirthCertificate.class, "children.csv", line, line.get("birth_certificate")),
                    line.get("disability"), line.get("notes"), relationships);
        } catch (DateTimeParseException e) {
            throw broken("children.csv", line, "the date of birth is not yyyy-MM-dd");
        }
    }

    private static boolean flag(CSVRecord line, String column) {
        String value = line.get(column).strip();
        if (!value.equals("true") && !value.equals("false")) {
            throw broken("families.csv", line, column + " must be true or false");
        }
        return Boolean.parseBoolean(value);
    }
}
