package org.markaz.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.core.ValidationException;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.shared.ChildRow;
import org.markaz.shared.FamilyRow;
import org.markaz.shared.Sex;
import org.markaz.testsupport.TestServices;

/** Issue 9 on the sample centre: names are found and duplicates noticed however staff type them. */
class SearchAndDuplicatesTest {

    private final TestServices test = TestServices.sampleCentre();
    private final ChildrenService children = test.services().get(ChildrenService.class);
    private final Actor keyworker = test.signIn("keyworker");

    @AfterEach
    void close() {
        test.close();
    }

    private List<String> names(String typed) {
        return children.search(keyworker, typed, false).stream().map(ChildRow::fullName).toList();
    }

    private List<String> codes(Actor actor, String typed) {
        return children.searchFamilies(actor, typed, false).stream().map(FamilyRow::code).toList();
    }

    @Test
    void theIssuesExamplesFindIbrohimQurbonovAndMehrona() {
        for (String typed : List.of("курбон", "kurbon", "qurbon", "Курбонов", "иброхим", "ibrokhim", "ibroxim", "ibrohim")) {
            assertTrue(names(typed).contains("Иброҳим Қурбонов"), typed + " -> " + names(typed));
        }
        assertEquals(List.of("Иброҳим Қурбонов", "Фотима Қурбонова"), names("курбон"));
        assertEquals(List.of("Иброҳим Қурбонов"), names("иброхим курбонов"));
        for (String typed : List.of("мехр", "mehr", "mekhr", "Меҳр")) {
            assertEquals(List.of("Меҳроб Тошев", "Меҳрона Бобоева"), names(typed), typed);
        }
        assertEquals(List.of("Меҳрона Бобоева"), names("mekhrona"));
    }

    @Test
    void aFamilyWithNoChildrenIsFoundByCodeCarerNameAndPhone() {
        assertTrue(children.search(keyworker, "KHJ-0025", false).isEmpty(), "it has no children");
        for (String typed : List.of("KHJ-0025", "khj0025", "0025", "Ҷамшед", "джамшед", "jamshed", "dzhamshed", "djamshed",
                "чамшед", "Каххоров", "qahhorov", "Муқаддас Қаҳҳорова", "92 417 36 08", "+992924173608", "gafurov")) {
            assertTrue(codes(keyworker, typed).contains("KHJ-0025"), typed + " -> " + codes(keyworker, typed));
        }
        FamilyRow family = children.searchFamilies(keyworker, "KHJ-0025", false).get(0);
        assertEquals("Бобоҷон Ғафуров", family.district());
        assertEquals(List.of("Ҷамшед Қаҳҳоров", "Муқаддас Қаҳҳорова"),
                family.carers().stream().map(FamilyRow.Carer::fullName).toList());
        assertEquals("+992 93 552 80 14", family.carers().get(1).phone());
        assertEquals("+992 92 417 36 08", family.phone());
        assertEquals(List.of(), family.childrenBorn());
        assertFalse(family.archived());
    }

    @Test
    void aFamilyRowHoldsItsChildrensBirthDatesAndTheDistrictFindsIt() {
        FamilyRow qurbonovs = children.searchFamilies(keyworker, "Дилором Курбонова", false).get(0);
        assertEquals(List.of(LocalDate.of(2021, 10, 5), LocalDate.of(2024, 2, 11)), qurbonovs.childrenBorn());
        assertTrue(codes(keyworker, "spitamen").contains(qurbonovs.code()));
        assertTrue(codes(keyworker, "Спитамен").contains(qurbonovs.code()));
    }

    @Test
    void theBookkeeperFindsFamiliesButNoChildren() {
        Actor bookkeeper = test.signIn("bookkeeper");
        assertTrue(codes(bookkeeper, "Қаҳҳоров").contains("KHJ-0025"));
        assertEquals(25, codes(bookkeeper, "").size(), "nothing typed lists every family");
        assertTrue(codes(bookkeeper, "Иброҳим").isEmpty(), "a family is not found by a child's name");
        assertThrows(AccessDeniedException.class, () -> children.search(bookkeeper, "курбон", false));
    }

    @Test
    void badSearchTextsAreHarmless() {
        int all = children.search(keyworker, "", false).size();
        assertEquals(all, children.search(keyworker, null, false).size());
        assertEquals(all, children.search(keyworker, "   ", false).size());
        assertEquals(all, children.search(keyworker, "%_!?-'\"\\;", false).size());
        assertEquals(all, children.search(keyworker, "%", false).size(), "% is no wildcard");
        assertTrue(children.search(keyworker, "' or 1=1 --", false).size() < all, "words like any other");
        assertTrue(children.search(keyworker, "Иброҳим ".repeat(10_000) + "Қурбонов", false).size() <= all);
        assertEquals(List.of("Иброҳим Қурбонов"), names("Иброҳим Қурбонов ".repeat(1_000)));
        assertEquals(25, children.searchFamilies(keyworker, "   ", false).size());
        assertTrue(children.searchFamilies(keyworker, "zqwv".repeat(50_000), false).isEmpty());
    }

    @Test
    void aChildTypedOnARussianKeyboardWithTheSameBirthDateIsAPossibleDuplicate() {
        long familyId = children.searchFamilies(keyworker, "KHJ-0025", false).get(0).id();
        int before = test.count("child");
        int auditBefore = test.count("audit_event");
        for (String typed : List.of("Иброхим Курбонов", "Ibrokhim Kurbonov", "Курбонов Иброхим")) {
            ChildSaveResult result = children.saveChild(keyworker, null, new ChildDetails(familyId, typed, Sex.M,
                    LocalDate.of(2021, 10, 5), BirthCertificate.HAS, null, null), ChildConfirmations.NONE);
            List<ChildRow> twins = assertInstanceOf(ChildSaveResult.PossibleDuplicates.class, result).children();
            assertEquals(List.of("Иброҳим Қурбонов"), twins.stream().map(ChildRow::fullName).toList(), typed);
        }
        assertEquals(before, test.count("child"));
        assertEquals(auditBefore, test.count("audit_event"));
        assertInstanceOf(ChildSaveResult.Saved.class, children.saveChild(keyworker, null, new ChildDetails(familyId,
                "Иброхим Курбонов", Sex.M, LocalDate.of(2021, 10, 6), BirthCertificate.HAS, null, null), ChildConfirmations.NONE),
                "another birth date is another child");
    }

    @Test
    void aCarerOfTheSameNameInTheFamilyIsRefusedAndNothingIsWritten() {
        long familyId = children.searchFamilies(keyworker, "KHJ-0025", false).get(0).id();
        Map<String, Integer> before = counts();
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> children.addCarer(keyworker, familyId, "Джамшед Каххоров", null));
        assertEquals("error.carerSameName", refusal.messageKey());
        assertEquals(before, counts());
        long otherFamily = children.searchFamilies(keyworker, "KHJ-0024", false).get(0).id();
        children.addCarer(keyworker, otherFamily, "Джамшед Каххоров", "+992 90 000 11 22");
        assertTrue(codes(keyworker, "900001122").contains("KHJ-0024"), "the new carer's phone finds the family");
        assertTrue(codes(keyworker, "Jamshed Qahhorov").containsAll(List.of("KHJ-0024", "KHJ-0025")));
    }

    @Test
    void aNewFamilyWithAnotherFamilysPhoneIsAPossibleDuplicateUntilConfirmed() {
        Map<String, Integer> before = counts();
        FamilyDetails details = new FamilyDetails(null, "Хуҷанд", null, Settlement.URBAN, "92-417-36-08",
                false, false, false, false, false, null);
        FamilySaveResult result = children.createFamily(keyworker, details, false);
        List<FamilyRow> same = assertInstanceOf(FamilySaveResult.PossibleDuplicates.class, result).families();
        assertEquals(List.of("KHJ-0025"), same.stream().map(FamilyRow::code).toList());
        assertEquals(before, counts());
        // a carer's phone counts too: Муқаддас Қаҳҳорова's
        FamilyDetails carersPhone = new FamilyDetails(null, "Хуҷанд", null, Settlement.URBAN, "+992935528014",
                false, false, false, false, false, null);
        assertInstanceOf(FamilySaveResult.PossibleDuplicates.class, children.createFamily(keyworker, carersPhone, false));
        long saved = assertInstanceOf(FamilySaveResult.Saved.class, children.createFamily(keyworker, details, true)).familyId();
        assertEquals("KHJ-0026", children.family(keyworker, saved).orElseThrow().code());
        FamilyDetails noPhone = new FamilyDetails(null, "Хуҷанд", null, Settlement.URBAN, null,
                false, false, false, false, false, null);
        assertInstanceOf(FamilySaveResult.Saved.class, children.createFamily(keyworker, noPhone, false));
    }

    @Test
    void changingAFamilysDistrictChangesWhatFindsItAndItsChildren() {
        FamilyRow family = children.searchFamilies(keyworker, "KHJ-0005", false).get(0);
        FamilyDetails details = children.family(keyworker, family.id()).orElseThrow().details();
        children.updateFamily(keyworker, family.id(), new FamilyDetails(details.address(), "Исфара", details.jamoat(),
                details.settlement(), details.phone(), details.singleParent(), details.parentAbroad(),
                details.disabilityInFamily(), details.noDocuments(), details.homeless(), details.otherCircumstances()));
        assertTrue(codes(keyworker, "isfara").contains("KHJ-0005"));
        assertFalse(codes(keyworker, "spitamen").contains("KHJ-0005"));
        assertTrue(names("isfara").contains("Иброҳим Қурбонов"));
        assertTrue(codes(keyworker, "Дилором").contains("KHJ-0005"), "the carers are still in the text");
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : List.of("family", "carer", "child", "audit_event")) {
            counts.put(table, test.count(table));
        }
        return counts;
    }
}
