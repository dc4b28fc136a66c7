package org.markaz.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.children.ChildrenService;
import org.markaz.core.ValidationException;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

/** The month's statement, aid by family and category, spending, and their PDF and spreadsheet files. */
class AidReportServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final TestServices test = TestServices.sampleFamilies();
    private final AidService aid = test.services().get(AidService.class);
    private final AidReportService reports = test.services().get(AidReportService.class);
    private final Actor bookkeeper = test.signIn("bookkeeper");
    private final Actor admin = test.signIn("admin");
    private final List<Long> families = test.services().get(ChildrenService.class).searchFamilies(bookkeeper, "", false)
            .stream().map(f -> f.id()).toList();
    private final long formula = aid.saveItem(bookkeeper, null, new ItemDetails("Baby formula", "Детская смесь",
            "Омехтаи кӯдакона", AidCategory.BABY_FOOD, AidUnit.PACK, true, null));
    private final long parcel = aid.saveItem(bookkeeper, null, new ItemDetails("Food parcel", "Продуктовый набор",
            "Бастаи озуқа", AidCategory.FOOD, AidUnit.PARCEL, false, null));

    @AfterEach
    void close() {
        test.close();
    }

    private long number(String sql) {
        Object value = test.database().dsl().fetchOne(sql).get(0);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** October: a grant and parcels bought; November: more money, formula, two families, a stock-take, a reversal. */
    private void twoMonths() {
        aid.recordMoneyIn(bookkeeper, new MoneyIn(FundEntryKind.GRANT, LocalDate.of(2026, 10, 2), "Families Together UK",
                new BigDecimal("10000"), ForeignCurrency.GBP, new BigDecimal("800"), new BigDecimal("12.5"), "FT-10"));
        aid.recordPurchase(bookkeeper, new Purchase(LocalDate.of(2026, 10, 5), "Бозори Панҷшанбе", "Ч-1",
                List.of(new Purchase.Line(parcel, 10, new BigDecimal("250.50"), null))));
        aid.handOut(admin, new Handout(families.get(0), LocalDate.of(2026, 10, 20), HandoutReason.CRISIS, null, null, null,
                "Каримова Ф.", true, List.of(new Handout.Line(parcel, 2))), false);
        aid.recordMoneyIn(bookkeeper, new MoneyIn(FundEntryKind.DONATION, LocalDate.of(2026, 11, 3), "ҶДММ «Хуҷанд-Нон»",
                new BigDecimal("1500.25"), null, null, null, null));
        aid.recordPurchase(bookkeeper, new Purchase(LocalDate.of(2026, 11, 4), "Дорухонаи «Шифо»", "00-7",
                List.of(new Purchase.Line(formula, 6, new BigDecimal("36.90"), LocalDate.of(2027, 3, 1)))));
        aid.handOut(admin, new Handout(families.get(0), LocalDate.of(2026, 11, 10), HandoutReason.FOOD_INSECURITY, null, null,
                null, "Каримова Ф.", true, List.of(new Handout.Line(parcel, 1), new Handout.Line(formula, 2))), false);
        long second = ((HandoutResult.Saved) aid.handOut(admin, new Handout(families.get(1), LocalDate.of(2026, 11, 12),
                HandoutReason.MEDICAL, null, null, null, "Каримова Ф.", false, List.of(new Handout.Line(parcel, 3))), false))
                .handoutId();
        aid.handOut(admin, new Handout(families.get(1), LocalDate.of(2026, 11, 14), HandoutReason.WINTER, null, null, null,
                "Каримова Ф.", true, List.of(new Handout.Line(parcel, 1))), false);
        aid.reverseHandout(bookkeeper, second, "Recorded for the wrong family");
        aid.stockTake(bookkeeper, new StockTake(LocalDate.of(2026, 11, 20), parcel, null, 5, "One parcel torn, thrown away"));
    }

    @Test
    void theMonthsStatementAgreesWithSumsTakenStraightFromTheLedgers() {
        twoMonths();
        MonthStatement november = reports.monthStatement(bookkeeper, YearMonth.of(2026, 11));
        MonthStatement.Fund fund = november.fund();
        assertEquals(number("select sum(amount_diram) from aid_fund_entry where on_date < date '2026-11-01'"), fund.opening());
        assertEquals(150_025, fund.moneyIn());
        assertEquals(22_140, fund.purchases());
        assertEquals(number("select sum(amount_diram) from aid_fund_entry where on_date <= date '2026-11-30'"), fund.closing());
        assertEquals(fund.opening() + fund.moneyIn() - fund.purchases() + fund.reversals(), fund.closing());
        assertEquals(2, november.fundLines().size());

        MonthStatement.ItemLine parcels = november.items().stream().filter(l -> l.item().id() == parcel).findFirst().orElseThrow();
        assertEquals(8, parcels.opening());
        assertEquals(5, parcels.handedOut());
        assertEquals(3, parcels.reversed());
        assertEquals(number("select sum(quantity) from aid_stock_move where item_id = " + parcel
                + " and on_date < date '2026-12-01'"), parcels.closing());
        assertEquals(parcels.opening() + parcels.received() - parcels.handedOut() - parcels.writtenOff() + parcels.counted()
                + parcels.reversed(), parcels.closing());
        assertEquals(5 * 25_050, parcels.closingValue(), "valued at the average cost of what was bought");
        MonthStatement.ItemLine packs = november.items().stream().filter(l -> l.item().id() == formula).findFirst().orElseThrow();
        assertEquals(6, packs.received());
        assertEquals(22_140, packs.receivedValue());
        assertEquals(4, packs.closing());
        assertEquals(4 * 3_690, packs.closingValue());
        assertEquals(3, november.handouts().size());

        MonthStatement october = reports.monthStatement(bookkeeper, YearMonth.of(2026, 10));
        assertEquals(0, october.fund().opening());
        assertEquals(october.fund().closing(), fund.opening());
    }

    @Test
    void aidByFamilyAndByCategoryLeavesReversedHandOutsOut() {
        twoMonths();
        LocalDate from = LocalDate.of(2026, 11, 1);
        List<AidTotals.ByFamily> byFamily = reports.byFamily(bookkeeper, from, TODAY);
        assertEquals(2, byFamily.size());
        AidTotals.ByFamily first = byFamily.stream().filter(f -> f.familyId() == families.get(0)).findFirst().orElseThrow();
        assertEquals(1, first.handouts());
        assertEquals(3, first.units());
        AidTotals.ByFamily second = byFamily.stream().filter(f -> f.familyId() == families.get(1)).findFirst().orElseThrow();
        assertEquals(1, second.handouts(), "the reversed hand-out is not counted");
        AidTotals.ByCategory food = reports.byCategory(bookkeeper, from, TODAY).stream()
                .filter(c -> c.category() == AidCategory.FOOD).findFirst().orElseThrow();
        assertEquals(2, food.handouts());
        assertEquals(2, food.families());
        assertEquals(2, food.units());
        List<AidTotals.Spending> spending = reports.spending(bookkeeper, LocalDate.of(2026, 1, 1), TODAY);
        assertEquals(List.of(new AidTotals.Spending(YearMonth.of(2026, 10), AidCategory.FOOD, 250_500),
                new AidTotals.Spending(YearMonth.of(2026, 11), AidCategory.BABY_FOOD, 22_140)), spending);
    }

    @Test
    void badPeriodsAreRefusedWithClearMessages() {
        assertEquals("error.aidMonthInFuture", assertThrows(ValidationException.class,
                () -> reports.monthStatement(bookkeeper, YearMonth.of(2026, 12))).messageKey());
        assertEquals("error.required", assertThrows(ValidationException.class,
                () -> reports.monthStatement(bookkeeper, null)).messageKey());
        assertEquals("error.aidPeriodBackwards", assertThrows(ValidationException.class,
                () -> reports.byFamily(bookkeeper, TODAY, TODAY.minusDays(1))).messageKey());
        assertEquals("error.required", assertThrows(ValidationException.class,
                () -> reports.byCategory(bookkeeper, null, TODAY)).messageKey());
        assertEquals("error.aidPeriodTooLong", assertThrows(ValidationException.class,
                () -> reports.spending(bookkeeper, TODAY.minusYears(11), TODAY)).messageKey());
    }

    @Test
    void theStatementPrintsAndSavesAsASpreadsheetExcelOpensWithCyrillicIntact() throws Exception {
        twoMonths();
        MonthStatement november = reports.monthStatement(bookkeeper, YearMonth.of(2026, 11));
        Localization russian = new Localization(Language.RUSSIAN, test.services().zone());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        AidStatementPdf.write(november, "Маркази оила ва кӯдак, Хуҷанд", russian, pdf);
        keep("statement-ru.pdf", pdf.toByteArray());
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String printed = new PDFTextStripper().getText(document);
            assertTrue(printed.contains("Продуктовый набор"), printed);
            assertTrue(printed.contains(Money.format(november.fund().closing())), printed);
        }
        StringWriter csv = new StringWriter();
        AidStatementCsv.write(november, "Маркази оила ва кӯдак", new Localization(Language.TAJIK, test.services().zone()), csv);
        String file = csv.toString();
        keep("statement-tg.csv", file.getBytes(StandardCharsets.UTF_8));
        assertEquals('\uFEFF', file.charAt(0));
        assertTrue(file.contains("Бастаи озуқа;"), file);
        assertTrue(file.contains(AidStatementCsv.somoni(november.fund().closing())), file);
        assertTrue(file.contains("\r\n"));
    }

    @Test
    void theReceiptIsOnePageWithTheItemsAndLinesToSign() throws Exception {
        twoMonths();
        HandoutRow handout = aid.familyHistory(bookkeeper, families.get(0)).get(0);
        for (Language language : Language.values()) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            HandoutReceiptPdf.write(handout, "Раҳимова Мавҷуда", "Маркази оила ва кӯдак",
                    new Localization(language, test.services().zone()), pdf);
            keep("receipt-" + language.name().toLowerCase() + ".pdf", pdf.toByteArray());
            try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
                assertEquals(1, document.getNumberOfPages());
                String printed = new PDFTextStripper().getText(document);
                assertTrue(printed.contains(handout.familyCode()) && printed.contains("Раҳимова Мавҷуда"), printed);
            }
        }
    }

    /** Keeps a file to look at when -Dmarkaz.aidReports names a folder. */
    private static void keep(String name, byte[] content) throws Exception {
        String folder = System.getProperty("markaz.aidReports");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name), content);
        }
    }
}
