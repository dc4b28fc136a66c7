package org.markaz.aid;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.centre.CentreService;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.UiContext;

/**
 * The aid's reports: the month's statement saved as a PDF or a spreadsheet file, and for a
 * period the aid by category and by family and the spending by month and category (the chart).
 */
public final class ReportsViewModel {

    /** How many months back the statement's month can be picked from a list (older: any month the list holds). */
    static final int MONTHS_LISTED = 36;

    private final UiContext context;
    private final Actor actor;
    private final AidReportService reports;
    private final CentreService centres;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Form statement;
    private final Form period;
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AidTotals.ByCategory> byCategory = FXCollections.observableArrayList();
    private final ObservableList<AidTotals.ByFamily> byFamily = FXCollections.observableArrayList();
    private final ObservableList<AidTotals.Spending> spending = FXCollections.observableArrayList();
    /** Asks where to save the spreadsheet file (the window's file chooser; tests answer themselves). */
    private Function<String, Optional<Path>> spreadsheetTarget = name -> Optional.empty();

    public ReportsViewModel(UiContext context, Actor actor, AidReportService reports, CentreService centres) {
        this.context = context;
        this.actor = actor;
        this.reports = reports;
        this.centres = centres;
        this.statement = new Form(context, busy);
        this.period = new Form(context, busy);
        LocalDate today = LocalDate.now(context.clock());
        YearMonth current = YearMonth.from(today);
        for (int back = 0; back < MONTHS_LISTED; back++) {
            months.add(current.minusMonths(back));
        }
        month.set(today.getDayOfMonth() < 10 ? current.minusMonths(1) : current);
        from.set(today.withDayOfYear(1));
        to.set(today);
    }

    public void setSpreadsheetTarget(Function<String, Optional<Path>> target) {
        this.spreadsheetTarget = target;
    }

    /** The period's reports: by category, by family, spending by month. */
    public void load() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        period.run(() -> new Loaded(reports.byCategory(actor, first, last), reports.byFamily(actor, first, last),
                reports.spending(actor, first, last)), loaded -> {
            byCategory.setAll(loaded.byCategory());
            byFamily.setAll(loaded.byFamily());
            spending.setAll(loaded.spending());
        });
    }

    private record Loaded(List<AidTotals.ByCategory> byCategory, List<AidTotals.ByFamily> byFamily,
                          List<AidTotals.Spending> spending) {
    }

    /** Saves the chosen month's statement as a PDF. */
    public void saveStatementPdf() {
        YearMonth chosen = month.get();
        context.dialogs().choosePdfToSave(context.localization().text("aid.report.savePdf"), fileName(chosen, "pdf"))
                .ifPresent(file -> statement.run(() -> {
                    MonthStatement read = reports.monthStatement(actor, chosen);
                    String centre = centres.name();
                    try (var out = Files.newOutputStream(file)) {
                        AidStatementPdf.write(read, centre, context.localization(), out);
                    }
                    return file;
                }, this::saved));
    }

    /** Saves the chosen month's statement as a spreadsheet file (CSV for Excel and LibreOffice). */
    public void saveStatementSpreadsheet() {
        YearMonth chosen = month.get();
        spreadsheetTarget.apply(fileName(chosen, "csv")).ifPresent(file -> statement.run(() -> {
            MonthStatement read = reports.monthStatement(actor, chosen);
            String centre = centres.name();
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
                AidStatementCsv.write(read, centre, context.localization(), out);
            }
            return file;
        }, this::saved));
    }

    private void saved(Path file) {
        context.dialogs().notice(context.localization().text("aid.report.saved", file.toString()));
    }

    private static String fileName(YearMonth month, String extension) {
        return "aid-statement-" + (month == null ? "" : month.toString()) + "." + extension;
    }

    public Form statement() {
        return statement;
    }

    public Form period() {
        return period;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<AidTotals.ByCategory> byCategory() {
        return byCategory;
    }

    public ObservableList<AidTotals.ByFamily> byFamily() {
        return byFamily;
    }

    public ObservableList<AidTotals.Spending> spending() {
        return spending;
    }
}
