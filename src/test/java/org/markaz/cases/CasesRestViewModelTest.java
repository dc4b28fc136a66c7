package org.markaz.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.children.ChildrenService;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.SameThreadTaskExecutor;
import org.markaz.core.ui.UiContext;
import org.markaz.testsupport.ScriptedDialogs;
import org.markaz.testsupport.TestServices;

/**
 * The case record's director part, chronology and printing hand-over, and the parenting groups
 * tab: errors shown beside their fields and nothing written; successes as notices.
 */
class CasesRestViewModelTest {

    private final TestServices test = TestServices.sampleFamilies();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Localization english = new Localization(Language.ENGLISH, test.services().zone());
    private final LocalDate today = LocalDate.now(test.clock());

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        test.close();
    }

    private UiContext ui() {
        return new UiContext(english, dialogs, new SameThreadTaskExecutor(), test.clock());
    }

    private CaseViewModel record(String username) {
        var services = test.services();
        return new CaseViewModel(ui(), test.signIn(username), services.get(CaseloadService.class),
                services.get(CaseRecordService.class), services.get(CarePlanService.class), services.centres());
    }

    private long keyWorkersCase() {
        Actor director = test.signIn("director");
        var child = test.services().get(ChildrenService.class).search(director, "", false).get(0);
        CaseloadService caseloads = test.services().get(CaseloadService.class);
        long gulnora = caseloads.keyWorkers(director).stream().filter(w -> w.name().equals("Гулнора Саидова")).findFirst()
                .orElseThrow().staffId();
        return ((CaseloadResult.Done) caseloads.open(director, new CaseOpening(child.familyId(), null, CaseType.PROGRAMME,
                Set.of(child.id()), gulnora, today.minusMonths(5), false))).caseId();
    }

    @Test
    void aDirectorSetsCoverAndExtendsTheProgrammeWithAReason() {
        long caseId = keyWorkersCase();
        CaseViewModel record = record("director");
        record.open(caseId);
        assertTrue(record.extendable());
        record.saveCover();
        assertEquals("Cover is required.", record.errors().of("cases.cover").get());
        record.coverWorkerProperty().set(record.keyWorkers().stream().filter(w -> w.name().equals("Гулнора Саидова"))
                .findFirst().orElseThrow());
        record.saveCover();
        assertEquals("", record.errors().of("cases.cover").get());
        assertTrue(!record.messageProperty().get().isEmpty(), "the key worker cannot cover their own case");
        assertEquals(0, test.count("case_cover"));
        record.coverWorkerProperty().set(record.keyWorkers().stream().filter(w -> w.name().equals("Ольга Петренко"))
                .findFirst().orElseThrow());
        record.saveCover();
        assertEquals("Ольга Петренко covers this case now.", dialogs.notices.get(dialogs.notices.size() - 1));
        assertEquals(List.of("Ольга Петренко"), record.detailsProperty().get().coveredBy());

        record.extensionReasonProperty().set(" ");
        record.extendProgramme();
        assertTrue(!record.errors().of("cases.extensionReason").get().isEmpty());
        assertEquals(0, test.database().dsl().fetchOne("select count(*) from family_case where extension_reason is not null")
                .get(0, Integer.class));
        record.extensionReasonProperty().set("Модар дар беморхона");
        record.extendProgramme();
        assertTrue(record.chronology().stream().anyMatch(item -> item.kind() == ChronologyItem.Kind.EXTENDED));
    }

    @Test
    void aKeyWorkerAddsAnEventToTheChronologyAndHandsItToThePrinter() throws Exception {
        long caseId = keyWorkersCase();
        CaseViewModel record = record("keyworker");
        assertTrue(!record.mayManage());
        record.open(caseId);
        record.eventOnProperty().set(today.plusDays(1));
        record.eventTextProperty().set("Падар баргашт");
        record.addEvent();
        assertEquals("The date cannot be in the future.", record.errors().of("chronology.happenedOn").get());
        assertEquals(0, test.count("chronology_event"));
        record.eventOnProperty().set(today.minusYears(1));
        record.addEvent();
        assertEquals("Падар баргашт", record.chronology().get(0).detail());
        List<Path> printed = new ArrayList<>();
        record.setPrinter(printed::add);
        record.printChronology();
        assertEquals(1, printed.size());
        assertTrue(Files.size(printed.get(0)) > 1000, "a PDF for the print dialog");
        Files.deleteIfExists(printed.get(0));
    }

    @Test
    void aGroupIsCreatedItsCarersJoinAndASessionNeedsSomeoneTicked() {
        GroupsViewModel groups = new GroupsViewModel(ui(), test.signIn("keyworker"),
                test.services().get(ParentingGroupService.class));
        groups.load();
        groups.nameProperty().set("");
        groups.createGroup();
        assertEquals("Group is required.", groups.errors().of("groups.name").get());
        assertEquals(0, test.count("parenting_group"));
        groups.nameProperty().set("Волидайни ғамхор");
        groups.facilitatorProperty().set(groups.facilitators().get(0));
        groups.createGroup();
        assertEquals(1, groups.groups().size());
        assertEquals(groups.groups().get(0), groups.selectedProperty().get());
        String code = test.database().dsl().fetchOne("select min(f.code) from family f join carer c on c.family_id = f.id")
                .get(0, String.class);
        groups.familyCodeProperty().set(code);
        groups.findCarers();
        groups.addCarer();
        assertEquals(1, groups.members().size());
        groups.recordSession();
        assertEquals("Tick at least one carer who came.", groups.errors().of("groups.attendance").get());
        assertEquals(0, test.count("parenting_session"));
        groups.attending().add(groups.members().get(0).id());
        groups.recordSession();
        assertEquals("Session saved: 1 carers came.", dialogs.notices.get(dialogs.notices.size() - 1));
        groups.count();
        assertEquals("Groups run: 1, sessions: 1, carers attending: 1", groups.countsProperty().get());
    }
}
