package org.markaz.hqexport;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.feature.IndicatorValues;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.FieldErrors;
import org.markaz.core.ui.UiContext;

/**
 * The export screen (directors and administrators): a period, its indicator table beside the
 * period before, "Create package" with progress into a folder chosen, and the log of packages,
 * any of which can be saved again.
 */
public final class HqExportViewModel {

    /** A line of the table: the indicator (named on its first line only), the breakdown, this period and the one before. */
    public record Line(String indicator, String breakdown, String value, String previous) {
    }

    /** A package of the log as shown: {@code checksum} in full (the table shows its start, the field below all of it). */
    public record LogLine(long id, String madeAt, String madeBy, String period, String checksum, String kind) {
    }

    private final UiContext context;
    private final Actor actor;
    private final HqExportService service;
    private final ObservableList<String> periods = FXCollections.observableArrayList();
    private final ObjectProperty<String> period = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<LogLine> log = FXCollections.observableArrayList();
    private final ObjectProperty<LogLine> selectedLog = new SimpleObjectProperty<>();
    private final BooleanProperty encrypt = new SimpleBooleanProperty();
    private final BooleanProperty named = new SimpleBooleanProperty();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty comparedWith = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    /** The number of the newest table asked for: a slower, older count finishing later is not shown over it. */
    private long tablesAsked;
    /** The period being counted, while it is ({@link #show}); null when none is. */
    private String counting;

    public HqExportViewModel(UiContext context, Actor actor, HqExportService service) {
        this.context = context;
        this.actor = actor;
        this.service = service;
        errors.of(HqExportService.REASON_FIELD);
        // the choices: the last twelve months, eight quarters and three years, the last closed quarter chosen
        LocalDate today = LocalDate.now(context.clock());
        YearMonth month = YearMonth.from(today);
        ExportPeriod lastQuarter = ExportPeriod.quarter(today.getYear(), (today.getMonthValue() + 2) / 3).previous();
        ExportPeriod quarter = lastQuarter;
        for (int i = 0; i < 8; i++, quarter = quarter.previous()) {
            periods.add(quarter.label());
        }
        for (int i = 1; i <= 12; i++) {
            periods.add(month.minusMonths(i).toString());
        }
        for (int i = 1; i <= 3; i++) {
            periods.add(Integer.toString(today.getYear() - i));
        }
        period.set(lastQuarter.label());
    }

    public boolean mayAddNamedRecords() {
        return actor.may(Permission.EXPORT_NAMED_RECORDS);
    }

    /** Counts the indicators of the period chosen and of the one before, and reads the log. */
    public void show() {
        message.set("");
        ExportPeriod chosen;
        try {
            chosen = ExportPeriod.parse(period.get());
        } catch (org.markaz.core.MarkazException refusal) {
            message.set(context.localization().message(refusal));
            return;
        }
        if (chosen.label().equals(counting)) {
            return; // asked again while it is counted (the box shown as 2026Q3 after 2026Й3 was typed)
        }
        Localization text = context.localization();
        long asked = ++tablesAsked;
        counting = chosen.label();
        // counting a period not counted before takes a moment on years of records: the screen says so meanwhile
        busy.set(true);
        period.set(chosen.label());
        BackgroundTask.Running running = BackgroundTask.of(steps -> {
                    steps.progress(0, 2, "hq.step.indicators");
                    HqExportService.Compared tables = service.tableBesideThePrevious(actor, chosen);
                    steps.progress(1, 2, "hq.step.indicators");
                    return new Shown(tables, service.log(actor));
                })
                .onFinished(() -> {
                    if (asked == tablesAsked) {
                        counting = null;
                        busy.set(false);
                    }
                })
                .onSuccess(result -> {
                    if (asked != tablesAsked) {
                        return; // another period was chosen meanwhile: its own count is shown
                    }
                    IndicatorTable before = result.tables().before();
                    List<Line> counted = lines(result.tables().now(), before, text);
                    if (!counted.equals(lines)) {
                        lines.setAll(counted); // the same figures again: nothing to redraw
                    }
                    comparedWith.set(text.text("hq.comparedWith", before.period().label()));
                    List<LogLine> made = result.log().stream().map(r -> logLine(r, text)).toList();
                    if (!made.equals(log)) {
                        log.setAll(made);
                    }
                })
                .onFailure(message::set)
                .run(context.tasks(), text);
        progress.bind(running.progressProperty());
        progressMessage.bind(running.messageProperty());
    }

    /** What the screen shows of a period: its table beside the one before's, and the log of packages. */
    private record Shown(HqExportService.Compared tables, List<ExportRecord> log) {
    }

    static List<Line> lines(IndicatorTable now, IndicatorTable before, Localization text) {
        Map<String, IndicatorDefinition> byCode = now.byCode();
        List<Line> lines = new ArrayList<>();
        String last = null;
        for (IndicatorValues.Value cell : now.cells()) {
            IndicatorDefinition definition = byCode.get(cell.code());
            BigDecimal previous = before.values().get(cell.code(), cell.dimension(), cell.category());
            lines.add(new Line(cell.code().equals(last) ? "" : text.text(definition.nameKey()), Breakdowns.label(cell, text),
                    shown(cell.value(), definition), previous == null ? "" : shown(previous, definition)));
            last = cell.code();
        }
        return lines;
    }

    private static String shown(BigDecimal value, IndicatorDefinition definition) {
        return PackageWriter.cell(PackageContents.scaled(value, definition));
    }

    private static LogLine logLine(ExportRecord r, Localization text) {
        String kind = r.namedRecords() ? text.text("hq.log.named") : r.encrypted() ? text.text("hq.log.encrypted") : "";
        return new LogLine(r.id(), text.formatDateTime(r.madeAt()), r.madeBy(), r.period(), r.sha256(), kind);
    }

    /** Asks for the folder (and a passphrase when encrypting), then makes the package with progress. */
    public void createPackage() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        message.set("");
        Localization text = context.localization();
        ExportPeriod chosen;
        try {
            chosen = ExportPeriod.parse(period.get());
        } catch (org.markaz.core.MarkazException refusal) {
            message.set(text.message(refusal));
            return;
        }
        if (named.get() && reason.get().isBlank()) {
            errors.set(HqExportService.REASON_FIELD, text.text("error.hqNamedNeedsReason"));
            message.set(text.text("error.hqNamedNeedsReason"));
            return;
        }
        Optional<Path> folder = context.dialogs().chooseFolder(text.text("hq.chooseFolder"));
        if (folder.isEmpty()) {
            return;
        }
        char[] passphrase = null;
        if (encrypt.get() || named.get()) {
            Optional<char[]> typed = context.dialogs().askSecret(text.text("hq.askPassphrase"));
            if (typed.isEmpty()) {
                return;
            }
            passphrase = typed.get();
        }
        run(new ExportRequest(chosen, folder.get(), passphrase, named.get() ? reason.get() : null, false, false));
    }

    private void run(ExportRequest request) {
        Localization text = context.localization();
        busy.set(true);
        var running = BackgroundTask.of(listener -> service.export(actor, request, listener))
                .onFinished(() -> busy.set(false))
                .onSuccess(result -> {
                    if (result instanceof ExportResult.NeedsConfirmation ask) {
                        if (confirmed(ask, request, text)) {
                            run(new ExportRequest(request.period(), request.folder(), request.passphrase(), request.namedReason(),
                                    true, true));
                        }
                        return;
                    }
                    ExportResult.Made made = (ExportResult.Made) result;
                    context.dialogs().notice(text.text("hq.saved", made.file().toString()));
                    show();
                })
                .onFailureException(failure -> {
                    errors.show(failure, text);
                    return false;
                })
                .onFailure(message::set)
                .run(context.tasks(), text);
        progress.bind(running.progressProperty());
        progressMessage.bind(running.messageProperty());
    }

    private boolean confirmed(ExportResult.NeedsConfirmation ask, ExportRequest request, Localization text) {
        if (ask.periodOpen() && !context.dialogs().confirm(text.text("hq.confirmOpenPeriod", request.period().label()))) {
            return false;
        }
        if (ask.unclosedDays().isEmpty()) {
            return true;
        }
        String days = ask.unclosedDays().stream().limit(20).map(text::formatDate).collect(Collectors.joining(", "));
        return context.dialogs().confirm(text.text("hq.confirmUnclosedDays", ask.unclosedDays().size(), days));
    }

    /** Saves the package chosen in the log again, to a folder asked for. */
    public void saveAgain() {
        LogLine chosen = selectedLog.get();
        Localization text = context.localization();
        if (chosen == null || busy.get()) {
            return;
        }
        Optional<Path> folder = context.dialogs().chooseFolder(text.text("hq.chooseFolder"));
        if (folder.isEmpty()) {
            return;
        }
        busy.set(true);
        message.set("");
        BackgroundTask.of(() -> service.saveAgain(actor, chosen.id(), folder.get()))
                .onFinished(() -> busy.set(false))
                .onSuccess(file -> context.dialogs().notice(text.text("hq.saved", file.toString())))
                .onFailure(message::set)
                .run(context.tasks(), text);
    }

    public ObservableList<String> periods() {
        return periods;
    }

    public ObjectProperty<String> periodProperty() {
        return period;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObservableList<LogLine> log() {
        return log;
    }

    public ObjectProperty<LogLine> selectedLogProperty() {
        return selectedLog;
    }

    public BooleanProperty encryptProperty() {
        return encrypt;
    }

    public BooleanProperty namedProperty() {
        return named;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty reasonErrorProperty() {
        return errors.of(HqExportService.REASON_FIELD);
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty comparedWithProperty() {
        return comparedWith;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressMessageProperty() {
        return progressMessage;
    }
}
