package org.markaz.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.shared.CarerRow;
import org.markaz.shared.ChildRow;
import org.markaz.shared.Relationship;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

/** The children's share of the sample centre, on top of the core's only. */
class ChildrenSampleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final TestServices test = TestServices.sampleFamilies();
    private final ChildrenService children = test.services().get(ChildrenService.class);
    private final Actor keyWorker = test.signIn("keyworker");

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void everyFamilyCarerAndChildOfTheCsvFilesIsLoaded() {
        assertEquals(lines("families.csv"), test.count("family"));
        assertEquals(lines("carers.csv"), test.count("carer"));
        assertEquals(lines("children.csv"), test.count("child"));
        assertEquals(25, test.count("family"));
        assertEquals(42, test.count("carer"));
        assertEquals(35, test.count("child"));
    }

    @Test
    void familyCodesFollowTheOrderOfTheFile() {
        List<String> names = children.search(keyWorker, "KHJ-0008", false).stream().map(ChildRow::fullName).toList();
        assertEquals(List.of("Каримҷон Ҷӯраев", "Нилуфар Ҷӯраева"), names);
        assertEquals(1, children.search(keyWorker, "KHJ-0024", false).stream().map(ChildRow::familyId).distinct().count());
        assertTrue(children.search(keyWorker, "KHJ-0025", false).isEmpty());
    }

    @Test
    void everyChildHasACarerRelatedToThem() {
        List<ChildRow> all = allChildren();
        assertEquals(35, all.size());
        for (ChildRow child : all) {
            FamilyCard family = children.family(keyWorker, child.familyId()).orElseThrow();
            assertTrue(family.carers().stream().anyMatch(carer -> carer.relationships().containsKey(child.id())),
                    child.fullName() + " has no carer");
        }
    }

    @Test
    void mothersCareForMostChildrenAndGrandparentsWhereParentsAreAbroad() {
        List<ChildRow> all = allChildren();
        List<CarerRow> carers = all.stream().map(ChildRow::familyId).distinct()
                .flatMap(id -> children.family(keyWorker, id).orElseThrow().carers().stream()).toList();
        long withMother = all.stream().filter(child -> carers.stream()
                .anyMatch(carer -> carer.relationships().get(child.id()) == Relationship.MOTHER)).count();
        assertTrue(withMother * 3 > all.size() * 2, withMother + " of " + all.size() + " children have their mother");
        List<Relationship> relationships = carers.stream()
                .flatMap(carer -> carer.relationships().values().stream()).toList();
        assertTrue(relationships.contains(Relationship.GRANDMOTHER));
        assertTrue(relationships.contains(Relationship.FATHER));
        assertTrue(relationships.contains(Relationship.GUARDIAN));
    }

    @Test
    void childrenAreAgedZeroToSevenWithABabyInTheMotherAndBabyUnit() {
        List<ChildRow> all = allChildren();
        all.forEach(child -> {
            int age = Period.between(child.dateOfBirth(), TODAY).getYears();
            assertTrue(age >= 0 && age <= 7, child.fullName() + " is " + age);
            assertFalse(child.archived());
        });
        assertTrue(all.stream().anyMatch(child -> child.dateOfBirth().isAfter(TODAY.minusYears(1))));
        assertTrue(all.stream().filter(child -> Period.between(child.dateOfBirth(), TODAY).getYears() >= 6).count() >= 3);
    }

    @Test
    void aChildIsFoundByPartOfTheNameInCyrillicOrLatinLetters() {
        assertEquals(List.of("Каримҷон Ҷӯраев"), names("карим"));
        assertEquals(List.of("Каримҷон Ҷӯраев"), names("Karimjon"));
        assertEquals(List.of("Каримҷон Ҷӯраев"), names("karim juraev"));
    }

    @Test
    void aNameWrittenInLatinLettersIsFoundByTypingItInCyrillic() {
        assertEquals(List.of("Amina Yusupova"), names("Амина"));
        // the feminine surname finds the masculine one too (docs/decisions/0012-search-folding.md)
        assertEquals(List.of("Sofia Abdullaeva", "Исломҷон Абдуллаев"), names("Абдуллаева"));
    }

    @Test
    void aChildIsFoundByTheFamilyDistrict() {
        assertEquals(List.of("Amina Yusupova"), names("Ҷаббор Расулов"));
        assertEquals(List.of("Иброҳим Қурбонов", "Фотима Қурбонова"), names("spitamen"));
    }

    @Test
    void theFamilyCardShowsItsCircumstancesAndCarers() {
        long familyId = children.search(keyWorker, "Меҳрона", false).get(0).familyId();
        FamilyCard family = children.family(keyWorker, familyId).orElseThrow();
        assertEquals("KHJ-0004", family.code());
        assertTrue(family.details().homeless());
        assertTrue(family.details().singleParent());
        assertEquals(List.of("Шаҳноза Бобоева"), family.carers().stream().map(CarerRow::fullName).toList());
    }

    private List<ChildRow> allChildren() {
        return children.search(keyWorker, "", true);
    }

    private List<String> names(String typed) {
        return children.search(keyWorker, typed, false).stream().map(ChildRow::fullName).toList();
    }

    private static int lines(String file) {
        return SampleContext.read(file).size();
    }
}
