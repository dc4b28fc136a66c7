package org.markaz.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.children.ChildrenService;
import org.markaz.core.ProgressListener;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

/** The printed care plan: every Tajik letter exactly, 30 actions over several pages, earlier versions printable. */
class CarePlanPdfTest {

    private final TestServices test = TestServices.sampleFamilies();
    private final CaseloadService caseloads = test.services().get(CaseloadService.class);
    private final CarePlanService plans = test.services().get(CarePlanService.class);
    private final Actor keyworker = test.signIn("keyworker");
    private final Actor director = test.signIn("director");
    private final Localization tajik = new Localization(Language.TAJIK, test.services().zone());

    @AfterEach
    void close() {
        test.close();
    }

    private LocalDate today() {
        return LocalDate.now(test.clock());
    }

    /** A Tajik plan of 30 actions for the sample's first family, assessed and approved a week ago. */
    private long approvedPlanOfThirtyActions() {
        var child = test.services().get(ChildrenService.class).search(director, "", false).get(0);
        long gulnora = caseloads.keyWorkers(director).stream().filter(w -> w.name().equals("Гулнора Саидова")).findFirst()
                .orElseThrow().staffId();
        long caseId = ((CaseloadResult.Done) caseloads.open(keyworker, new CaseOpening(child.familyId(), null, CaseType.PROGRAMME,
                Set.of(child.id()), gulnora, today().minusDays(30), false))).caseId();
        Map<Indicator, AssessmentDetails.Score> scores = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            scores.put(indicator, new AssessmentDetails.Score(1 + indicator.ordinal() % 4, "Эзоҳи корманд: ҳолат мушоҳида шуд"));
        }
        test.services().get(CaseRecordService.class).saveAssessment(keyworker, caseId, new AssessmentDetails(today().minusDays(20),
                "Кӯдак хуб мерӯяд, вале нутқаш каме ақиб мондааст", "Модар ғамхор аст, вале хаста ва бекор аст",
                "Ҳамсояҳо ёрӣ медиҳанд; ҳуҷҷатҳои падар нестанд", "«Ман модарамро дӯст медорам»",
                "Модар мехоҳад кор ёбад ва кӯдакро дар хона нигоҳ дорад", scores));
        List<PlanAction> actions = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            Indicator indicator = Indicator.values()[i % 8];
            actions.add(new PlanAction(null, indicator, "Ниёзи " + i + ": ғизои солим ва ҷои гарм барои хоб",
                    "Кӯдак ҳар рӯз се бор хӯрок мехӯрад ва вазнаш меафзояд",
                    "Корманд ҳар ҳафта ба хона меояд; фонди «Оилаҳо бо ҳам» ғизои кӯдакона медиҳад; модар ба гурӯҳи «Волидайни ғамхор» меравад",
                    "Вазн дар дафтари тиббӣ; суҳбат бо модар", today().plusWeeks(i), i % 2 == 0 ? "Гулнора Саидова" : "Модар (Малика Ҳасанова)"));
        }
        long planId = plans.saveDraft(keyworker, caseId, new PlanDraft("Модар танҳо аст, ҷои зисти доимӣ надорад ва мехост кӯдакро ба муассиса диҳад.",
                "Агар кӯдак дар хатар бошад, ба Шуъбаи ҳуқуқи кӯдак хабар медиҳем ва ҷои муваққатӣ меҷӯем.", today().minusDays(8), actions));
        plans.approve(director, planId, today().minusDays(7));
        return planId;
    }

    private byte[] print(List<Long> planIds, Localization text) throws Exception {
        List<PlanPrint> prints = new ArrayList<>();
        for (long id : planIds) {
            prints.add(plans.printable(director, id));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CarePlanPdf.write(prints, "Маркази дастгирии оила ва кӯдак, Хуҷанд", text, out, ProgressListener.NONE);
        String folder = System.getProperty("markaz.screens");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, "care-plan-" + planIds.size() + "-" + text.language() + ".pdf"), out.toByteArray());
        }
        return out.toByteArray();
    }

    @Test
    void aTajikPlanOfThirtyActionsPrintsEveryLetterOnSeveralPagesWithPageNumbers() throws Exception {
        long planId = approvedPlanOfThirtyActions();
        try (PDDocument pdf = Loader.loadPDF(print(List.of(planId), tajik))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(pdf.getNumberOfPages() >= 4, "30 actions take several pages: " + pdf.getNumberOfPages());
            for (String word : List.of("ҳ", "қ", "ғ", "ҷ", "ӣ", "ӯ", "Ҳасанова", "Гулнора Саидова", "Нақшаи амал", "Махфӣ",
                    "Бехатарӣ", "Ниёзи 30")) {
                assertTrue(text.contains(word), word);
            }
            int pages = pdf.getNumberOfPages();
            assertTrue(text.contains("Саҳифаи " + pages + " аз " + pages) || text.contains(pages + " аз " + pages), "page X of Y");
        }
    }

    @Test
    void versionOneStaysPrintableAfterTheReviewAndTheBatchHoldsEveryPlan() throws Exception {
        long v1 = approvedPlanOfThirtyActions();
        test.clock().advance(Duration.ofDays(1));
        long v2 = plans.recordReview(keyworker, v1, new ReviewDetails(today().minusDays(1), "Модар, Гулнора Саидова", "Идома медиҳем",
                Map.of()));
        Localization russian = new Localization(Language.RUSSIAN, test.services().zone());
        try (PDDocument pdf = Loader.loadPDF(print(List.of(v1, v2), russian))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("версия 1 (Заменён)"), "version 1 printed, replaced");
            assertTrue(text.contains("версия 2 (Черновик)"));
            assertTrue(text.contains("История пересмотров"));
        }
    }

    @Test
    void aBookkeeperAndAnotherKeyWorkerCannotReadThePlanForPrinting() {
        long planId = approvedPlanOfThirtyActions();
        for (String username : List.of("bookkeeper", "keyworker2", "admin")) {
            Actor stranger = test.signIn(username);
            org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class, () -> plans.printable(stranger, planId));
        }
        assertFalse(plans.dueForReview(director, today(), today().plusMonths(3)).isEmpty());
        assertEquals(List.of(planId), plans.dueForReview(director, today().plusMonths(3).minusDays(8), today().plusMonths(3)));
    }
}
