package org.markaz.admissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.children.ChildrenService;
import org.markaz.core.Validation;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.SameThreadTaskExecutor;
import org.markaz.core.ui.UiContext;
import org.markaz.shared.ServiceType;
import org.markaz.testsupport.ScriptedDialogs;
import org.markaz.testsupport.TestServices;

/** Admitting from the child's card, without a screen. */
class AdmissionsViewModelTest {

    private final TestServices test = TestServices.sampleFamilies();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Localization english = new Localization(Language.ENGLISH, test.services().zone());

    @AfterEach
    void close() {
        test.close();
    }

    private AdmissionsViewModel viewModelOfAChild() {
        AdmissionsViewModel admissions = new AdmissionsViewModel(new UiContext(english, dialogs, new SameThreadTaskExecutor(),
                test.clock()), test.signIn("keyworker"), test.services().get(AdmissionsService.class));
        long child = test.services().get(ChildrenService.class).search(test.signIn("admin"), "", false).get(0).id();
        admissions.show(child, List.of());
        return admissions;
    }

    @Test
    void aShortStayWithoutAPlannedEndIsRefusedWithTheFieldNamedAndNothingWritten() {
        AdmissionsViewModel admissions = viewModelOfAChild();
        int before = test.count("enrolment");
        admissions.serviceProperty().set(ServiceType.SHORT_STAY_7DAY);
        admissions.startsOnProperty().set(LocalDate.now(test.clock()));
        admissions.plannedEndOnProperty().set(null);

        admissions.admit();

        String refusal = english.text("error.required", new Validation.FieldName("field.plannedEndOn"));
        assertEquals(refusal, admissions.admitting().messageProperty().get(), "under the Admit button");
        assertEquals(refusal, admissions.admitting().errors().of("field.plannedEndOn").get(), "beside the planned end");
        assertEquals("", admissions.discharging().messageProperty().get(), "not under another form's button");
        assertEquals(before, test.count("enrolment"));
    }

    @Test
    void aStayTooLongIsMarkedOnThePlannedEnd() {
        AdmissionsViewModel admissions = viewModelOfAChild();
        admissions.serviceProperty().set(ServiceType.SHORT_STAY_7DAY);
        admissions.startsOnProperty().set(LocalDate.now(test.clock()));
        admissions.plannedEndOnProperty().set(LocalDate.now(test.clock()).plusMonths(7));

        admissions.admit();

        assertEquals(english.text("error.shortStayTooLong", 6), admissions.admitting().errors().of("field.plannedEndOn").get());
    }

    @Test
    void aDayCareAdmissionIsSavedAndListed() {
        AdmissionsViewModel admissions = viewModelOfAChild();
        admissions.serviceProperty().set(ServiceType.DAY_CARE);
        admissions.startsOnProperty().set(LocalDate.now(test.clock()));

        admissions.admit();

        assertEquals(List.of(english.text("admissions.admitted")), dialogs.notices);
        assertEquals("", admissions.admitting().messageProperty().get());
        assertTrue(admissions.enrolments().stream().anyMatch(e -> e.service() == ServiceType.DAY_CARE));
    }
}
