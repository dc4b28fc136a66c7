package org.markaz.children;

import org.markaz.admissions.AdmissionsService;
import org.markaz.shared.Relationship;
import org.markaz.shared.Sex;
import org.markaz.shared.CarerRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.core.ValidationException;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

class ChildrenServiceTest {

    private final TestServices test = TestServices.sampleCentre();
    private final ChildrenService children = test.services().get(ChildrenService.class);
    private final Actor keyworker = test.signIn("keyworker");

    @AfterEach
    void close() {
        test.close();
    }

    private static FamilyDetails family(String district) {
        return new FamilyDetails("кӯчаи Айнӣ 5", district, "ҷамоати Унҷӣ", Settlement.RURAL, "+992 92 111 22 33",
                true, true, false, false, false, null);
    }

    private static ChildDetails child(long familyId, String name, LocalDate born) {
        return new ChildDetails(familyId, name, Sex.F, born, BirthCertificate.HAS, null, null);
    }

    private long saved(ChildSaveResult result) {
        return assertInstanceOf(ChildSaveResult.Saved.class, result).childId();
    }

    @Test
    void familiesGetTheNextCodeOfTheCentre() {
        long first = children.createFamily(keyworker, family("Бобоҷон Ғафуров"));
        long second = children.createFamily(keyworker, family("Спитамен"));
        assertEquals("KHJ-" + String.format("%04d", codeNumber(first)), children.family(keyworker, first).orElseThrow().code());
        assertEquals(codeNumber(first) + 1, codeNumber(second));
    }

    private int codeNumber(long familyId) {
        String code = children.family(keyworker, familyId).orElseThrow().code();
        return Integer.parseInt(code.substring(code.indexOf('-') + 1));
    }

    @Test
    void searchFindsPartOfANameInCyrillicOrLatinAndByFamilyCodeOrDistrict() {
        long familyId = children.createFamily(keyworker, family("Исфара"));
        long childId = saved(children.saveChild(keyworker, null, child(familyId, "Меҳрангез Қодирова", LocalDate.of(2022, 5, 1)), ChildConfirmations.NONE));
        String code = children.family(keyworker, familyId).orElseThrow().code();
        for (String typed : List.of("меҳран", "МЕҲРАНГЕЗ", "mehrangez", "qodir", "Қодирова меҳ", code, "исфара", "isfara")) {
            assertTrue(children.search(keyworker, typed, false).stream().anyMatch(r -> r.id() == childId), typed);
        }
        assertTrue(children.search(keyworker, "меҳрангез xyz", false).isEmpty());
    }

    @Test
    void sameNameAndBirthDateAsksFirstAndWritesNothingUntilConfirmed() {
        long familyId = children.createFamily(keyworker, family("Конибодом"));
        LocalDate born = LocalDate.of(2021, 3, 8);
        saved(children.saveChild(keyworker, null, child(familyId, "Ширин Раҳимова", born), ChildConfirmations.NONE));
        int before = test.count("child");
        ChildSaveResult again = children.saveChild(keyworker, null, child(familyId, "  ширин раҳимова ", born), ChildConfirmations.NONE);
        assertEquals(1, assertInstanceOf(ChildSaveResult.PossibleDuplicates.class, again).children().size());
        assertEquals(before, test.count("child"));
        saved(children.saveChild(keyworker, null, child(familyId, "Ширин Раҳимова", born), ChildConfirmations.NONE.withSameNameAndBirth()));
        assertEquals(before + 1, test.count("child"));
    }

    @Test
    void aChildOrFamilySavedAsItWasWritesAndAuditsNothing() {
        long familyId = children.createFamily(keyworker, family("Ашт"));
        ChildDetails details = child(familyId, "Зафар Ашуров", LocalDate.of(2022, 1, 1));
        long childId = ((ChildSaveResult.Saved) children.saveChild(keyworker, null, details, ChildConfirmations.NONE)).childId();
        int auditBefore = test.count("audit_event");
        children.saveChild(keyworker, childId, details, ChildConfirmations.NONE);
        children.updateFamily(keyworker, familyId, family("Ашт"));
        assertEquals(auditBefore, test.count("audit_event"), "\"Save\" pressed on a card nobody changed");
    }

    @Test
    void badChildrenAreRefusedAndNothingIsWritten() {
        long familyId = children.createFamily(keyworker, family("Ашт"));
        int before = test.count("child");
        int auditBefore = test.count("audit_event");
        assertEquals("error.required", assertThrows(ValidationException.class, () ->
                children.saveChild(keyworker, null, child(familyId, "     ", LocalDate.of(2022, 1, 1)), ChildConfirmations.NONE)).messageKey());
        assertEquals("error.birthInFuture", assertThrows(ValidationException.class, () ->
                children.saveChild(keyworker, null, child(familyId, "Зафар", LocalDate.now(test.clock()).plusDays(1)), ChildConfirmations.NONE))
                .messageKey());
        assertEquals("error.tooLong", assertThrows(ValidationException.class, () -> children.saveChild(keyworker, null,
                new ChildDetails(familyId, "Зафар", Sex.M, LocalDate.of(2022, 1, 1), BirthCertificate.NONE, null,
                        "н".repeat(10_000)), ChildConfirmations.NONE)).messageKey());
        assertThrows(ValidationException.class, () -> children.saveChild(keyworker, null, child(familyId, "Зафар", null), ChildConfirmations.NONE));
        assertThrows(ValidationException.class, () -> children.createFamily(keyworker, family("   ")));
        assertEquals(before, test.count("child"));
        assertEquals(auditBefore, test.count("audit_event"));
    }

    @Test
    void bookkeepersFindFamiliesButNeitherOpenTheirCardNorChangeThem() {
        Actor bookkeeper = test.signIn("bookkeeper");
        assertThrows(AccessDeniedException.class, () -> children.createFamily(bookkeeper, family("Ашт")));
        long familyId = children.createFamily(keyworker, family("Ашт"));
        assertTrue(children.searchFamilies(bookkeeper, "ашт", false).stream().anyMatch(row -> row.id() == familyId));
        assertThrows(AccessDeniedException.class, () -> children.family(bookkeeper, familyId),
                "the card names the children");
    }

    @Test
    void carersAreLinkedToChildrenOfTheirOwnFamilyOnly() {
        long familyId = children.createFamily(keyworker, family("Истаравшан"));
        long otherFamily = children.createFamily(keyworker, family("Панҷакент"));
        long childId = saved(children.saveChild(keyworker, null, child(familyId, "Малика", LocalDate.of(2023, 2, 2)), ChildConfirmations.NONE));
        long grandmother = children.addCarer(keyworker, familyId, "Мавҷуда Олимова", null);
        long stranger = children.addCarer(keyworker, otherFamily, "Бегона", null);
        children.setRelationship(keyworker, childId, grandmother, Relationship.GRANDMOTHER);
        assertEquals("error.carerOfAnotherFamily", assertThrows(ValidationException.class,
                () -> children.setRelationship(keyworker, childId, stranger, Relationship.MOTHER)).messageKey());
        CarerRow shown = children.family(keyworker, familyId).orElseThrow().carers().get(0);
        assertEquals(Relationship.GRANDMOTHER, shown.relationships().get(childId));
        children.setRelationship(keyworker, childId, grandmother, null);
        assertTrue(children.family(keyworker, familyId).orElseThrow().carers().get(0).relationships().isEmpty());
    }

    @Test
    void archivedChildrenLeaveTheListButKeepTheirRecordAndReason() {
        long familyId = children.createFamily(keyworker, family("Мастчоҳ"));
        long childId = saved(children.saveChild(keyworker, null, child(familyId, "Сабрина Исмоилова", LocalDate.of(2020, 9, 9)), ChildConfirmations.NONE));
        assertThrows(ValidationException.class, () -> children.archiveChild(keyworker, childId, "  "));
        children.archiveChild(keyworker, childId, "Оила ба Душанбе кӯчид");
        assertTrue(children.search(keyworker, "сабрина", false).isEmpty());
        assertEquals(1, children.search(keyworker, "сабрина", true).size());
        assertEquals("Оила ба Душанбе кӯчид", children.child(keyworker, childId).orElseThrow().archiveReason());
    }

    @Test
    void movingAFamilyToAnotherDistrictUpdatesWhatSearchFinds() {
        long familyId = children.createFamily(keyworker, family("Шаҳристон"));
        long childId = saved(children.saveChild(keyworker, null, child(familyId, "Нигора", LocalDate.of(2022, 4, 4)), ChildConfirmations.NONE));
        children.updateFamily(keyworker, familyId, family("Деваштич"));
        assertTrue(children.search(keyworker, "деваштич", false).stream().anyMatch(r -> r.id() == childId));
        assertTrue(children.search(keyworker, "шаҳристон", false).stream().noneMatch(r -> r.id() == childId));
    }

    @Test
    void onlyAChildWithNoHistoryCanBeDeleted() {
        long familyId = children.createFamily(keyworker, family("Исфара"));
        long mistake = saved(children.saveChild(keyworker, null, child(familyId, "Хато", LocalDate.of(2022, 1, 1)), ChildConfirmations.NONE));
        long carer = children.addCarer(keyworker, familyId, "Модар", null);
        children.setRelationship(keyworker, mistake, carer, Relationship.MOTHER);
        children.deleteEnteredByMistake(keyworker, mistake);
        assertTrue(children.child(keyworker, mistake).isEmpty());

        long real = saved(children.saveChild(keyworker, null, child(familyId, "Зарина", LocalDate.of(2022, 1, 1)), ChildConfirmations.NONE));
        test.services().get(AdmissionsService.class).recordReferral(keyworker, new org.markaz.admissions.ReferralDetails(real,
                LocalDate.of(2026, 11, 1), org.markaz.admissions.ReferralSource.SELF, "Модар кор мекунад", null));
        assertEquals("error.childHasHistory", assertThrows(ValidationException.class,
                () -> children.deleteEnteredByMistake(keyworker, real)).messageKey());
        assertTrue(children.child(keyworker, real).isPresent());
    }
}
