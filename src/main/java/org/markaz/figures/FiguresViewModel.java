package org.markaz.figures;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.MarkazException;
import org.markaz.core.audit.AuditService;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.ChangeWatch;
import org.markaz.core.ui.FieldErrors;
import org.markaz.core.ui.UiContext;
import org.markaz.core.ui.UserAction;

/**
 * The figures screen: a period (this quarter up to today to start with), the figures as lines,
 * two charts, and saving them as a PDF or a spreadsheet file.
 */
public final class FiguresViewModel {

    private final UiContext context;
    private final FiguresService figuresService;
    private final FiguresExportService exportService;
    private final ExportTargets targets;
    private final Actor actor;
    private final ChangeWatch changes;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Bar> outcomes = FXCollections.observableArrayList();
    private final ObservableList<Bar> attendance = FXCollections.observableArrayList();
    /** What is wrong with the period, shown beside the dates (and the date at fault is marked). */
    private final StringProperty message = new SimpleStringProperty("");
    /** Said when the period asked for ends after today and the figures stop at today. */
    private final StringProperty periodNote = new SimpleStringProperty("");
    /** Why a file could not be saved, shown beside the save buttons. */
    private final StringProperty exportMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final FieldErrors periodErrors = new FieldErrors();
    private final UserAction exporting;
    private Consumer<String> onSaved = text -> { };

    /** One figure as shown: its name in the user's language and its value. */
    public record Line(String name, String value) {
    }

    /** One bar of a chart. */
    public record Bar(String label, double value) {
    }

    public FiguresViewModel(UiContext context, Actor actor, FiguresService figuresService,
                            FiguresExportService exportService, ExportTargets targets, AuditService auditService) {
        this.context = context;
        this.figuresService = figuresService;
        this.exportService = exportService;
        this.targets = targets;
        this.actor = actor;
        this.changes = new ChangeWatch(auditService, actor);
        this.exporting = new UserAction(context, busy, exportMessage);
        periodErrors.of(FiguresService.FROM_FIELD);
        periodErrors.of(FiguresService.TO_FIELD);
        // the quarter so far: its figures exist only up to today
        LocalDate today = LocalDate.now(context.clock());
        from.set(today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1));
        to.set(today);
    }

    /** Computes the figures of the chosen dates. */
    public void show() {
        compute(true);
    }

    /** Back on the screen: computes the figures again only if anything was written meanwhile. */
    public void refreshIfChanged() {
        compute(false);
    }

    /** Asks where to save the figures of the chosen dates as a PDF to print, then saves it. */
    public void savePdf() {
        save(ExportFormat.PDF);
    }

    /** Asks where to save the figures of the chosen dates as a spreadsheet (CSV), then saves it. */
    public void saveCsv() {
        save(ExportFormat.CSV);
    }

    /** Called with the confirmation ("Saved as ...") after each file saved; the view shows it. */
    public void setOnSaved(Consumer<String> confirmation) {
        this.onSaved = confirmation;
    }

    private void compute(boolean evenIfUnchanged) {
        LocalDate first = from.get();
        LocalDate last = to.get();
        clearPeriodMessages();
        BackgroundTask.of(() -> changes.changedSinceLastLook() || evenIfUnchanged
                        ? Optional.of(figuresService.compute(actor, first, last)) : Optional.<Figures>empty())
                .onSuccess(figures -> figures.ifPresent(this::show))
                .onFailureException(failure -> {
                    periodErrors.show(failure, context.localization());
                    return false;
                })
                .onFailure(text -> {
                    changes.forget();
                    message.set(text);
                    lines.clear();
                    outcomes.clear();
                    attendance.clear();
                })
                .run(context.tasks(), context.localization());
    }

    private void save(ExportFormat format) {
        if (busy.get()) {
            return;
        }
        LocalDate first = from.get();
        LocalDate last = to.get();
        clearPeriodMessages();
        exportMessage.set("");
        FiguresPeriod period;
        try {
            period = figuresService.period(first, last); // reads no data: a wrong date is said before a file is asked for
        } catch (MarkazException refusal) {
            periodErrors.show(refusal, context.localization());
            message.set(context.localization().message(refusal));
            return;
        }
        Optional<Path> chosen = targets.choose(format, format.fileName(period));
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get(), format);
        // the file chooser asked before replacing the file chosen; a name given its extension here was not asked about
        boolean replace = target.equals(chosen.get());
        var text = context.localization();
        exporting.run(() -> exportService.save(actor, format, first, last, text, target, replace), saved -> {
            show(saved.figures());
            onSaved.accept(text.text("figures.saved", saved.file().toString()));
        });
    }

    /** "report" typed in the file chooser becomes report.pdf (Linux choosers add no extension). */
    static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension()) ? file
                : file.resolveSibling(name + "." + format.extension());
    }

    private void clearPeriodMessages() {
        message.set("");
        periodNote.set("");
        periodErrors.clear();
    }

    private void show(Figures f) {
        FiguresText text = new FiguresText(f, context.localization());
        lines.setAll(text.screenLines().stream().map(row -> new Line(row.label(), row.value())).toList());
        List<Bar> outcomeBars = new java.util.ArrayList<>();
        // the screen's chart keeps its bars (at 0) when nobody left, so it does not jump about
        for (var outcome : org.markaz.shared.DischargeOutcome.values()) {
            outcomeBars.add(new Bar(context.localization().text(outcome.nameKey()), f.dischargesByOutcome().getOrDefault(outcome, 0)));
        }
        outcomes.setAll(outcomeBars);
        attendance.setAll(text.attendanceBars().stream().map(bar -> new Bar(bar.label(), bar.value())).toList());
        periodNote.set(text.cutNote().orElse(""));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObservableList<Bar> outcomes() {
        return outcomes;
    }

    public ObservableList<Bar> attendance() {
        return attendance;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty periodNoteProperty() {
        return periodNote;
    }

    public StringProperty exportMessageProperty() {
        return exportMessage;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The error shown by the first date of the period ("" when none). */
    public StringProperty fromErrorProperty() {
        return periodErrors.of(FiguresService.FROM_FIELD);
    }

    public StringProperty toErrorProperty() {
        return periodErrors.of(FiguresService.TO_FIELD);
    }
}
