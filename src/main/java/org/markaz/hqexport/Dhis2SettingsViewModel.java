package org.markaz.hqexport;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.FieldErrors;
import org.markaz.core.ui.UiContext;

/**
 * The DHIS2 settings screen: the centre's org unit and the ids of every cell of the indicator
 * table, edited in place and saved together; a refused id is marked on its row.
 */
public final class Dhis2SettingsViewModel {

    /** A cell of the table as edited: its name and breakdown in words, the ids typed and Markaz's own. */
    public static final class Line {
        private final String code;
        private final String disaggregation;
        private final String indicator;
        private final String breakdown;
        private final String ownDataElement;
        private final StringProperty dataElement;
        private final StringProperty optionCombo;
        private final StringProperty dataElementError = new SimpleStringProperty("");
        private final StringProperty optionComboError = new SimpleStringProperty("");

        Line(String code, String disaggregation, String indicator, String breakdown, String ownDataElement,
             String dataElement, String optionCombo) {
            this.code = code;
            this.disaggregation = disaggregation;
            this.indicator = indicator;
            this.breakdown = breakdown;
            this.ownDataElement = ownDataElement;
            this.dataElement = new SimpleStringProperty(dataElement);
            this.optionCombo = new SimpleStringProperty(optionCombo);
        }

        public String indicator() {
            return indicator;
        }

        public String breakdown() {
            return breakdown;
        }

        public String ownDataElement() {
            return ownDataElement;
        }

        public StringProperty dataElementProperty() {
            return dataElement;
        }

        public StringProperty optionComboProperty() {
            return optionCombo;
        }

        /** Why the data element was refused ("" when it was not). */
        public StringProperty dataElementErrorProperty() {
            return dataElementError;
        }

        public StringProperty optionComboErrorProperty() {
            return optionComboError;
        }
    }

    private final UiContext context;
    private final Actor actor;
    private final Dhis2SettingsService service;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty orgUnit = new SimpleStringProperty("");
    private final StringProperty ownOrgUnit = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final IntegerProperty refusedRow = new SimpleIntegerProperty(-1);
    private final FieldErrors errors = new FieldErrors();

    public Dhis2SettingsViewModel(UiContext context, Actor actor, Dhis2SettingsService service) {
        this.context = context;
        this.actor = actor;
        this.service = service;
        errors.of(Dhis2SettingsService.ORG_UNIT_FIELD);
    }

    /** Reads the org unit and every cell (counting this year and last: in the background). */
    public void load() {
        Localization text = context.localization();
        busy.set(true);
        BackgroundTask.of(() -> service.settings(actor))
                .onFinished(() -> busy.set(false))
                .onSuccess(settings -> {
                    orgUnit.set(settings.orgUnit());
                    ownOrgUnit.set(settings.ownOrgUnit());
                    lines.setAll(settings.rows().stream().map(row -> line(row, text)).toList());
                })
                .onFailure(message::set)
                .run(context.tasks(), text);
    }

    private static Line line(Dhis2SettingsService.Row row, Localization text) {
        String breakdown = row.cell().dimension().isEmpty() ? text.text("dhis2.total") : Breakdowns.label(row.cell(), text);
        String name = row.nameKey() == null ? row.cell().code() : text.text(row.nameKey());
        return new Line(row.cell().code(), row.cell().disaggregation(), name, breakdown, row.ownDataElement(),
                row.dataElement() == null ? "" : row.dataElement(), row.optionCombo() == null ? "" : row.optionCombo());
    }

    /** Saves the org unit and every row's ids in one go; a refused id is marked on its row, nothing saved. */
    public void save() {
        if (busy.get()) {
            return;
        }
        Localization text = context.localization();
        clearRefusals();
        String unit = orgUnit.get();
        List<Dhis2SettingsService.Mapping> mappings = lines.stream().map(line -> new Dhis2SettingsService.Mapping(line.code,
                line.disaggregation, line.dataElement.get(), line.optionCombo.get())).toList();
        busy.set(true);
        BackgroundTask.of(() -> {
                    service.save(actor, unit, mappings);
                    return Boolean.TRUE;
                })
                .onFinished(() -> busy.set(false))
                .onSuccess(done -> context.dialogs().notice(text.text("dhis2.saved")))
                .onFailureException(failure -> {
                    if (failure instanceof Dhis2SettingsService.RowRefused refused && refused.row() < lines.size()) {
                        Line line = lines.get(refused.row());
                        (refused.column() == Dhis2SettingsService.Column.OPTION_COMBO ? line.optionComboError
                                : line.dataElementError).set(text.message(refused));
                        refusedRow.set(refused.row());
                        message.set(text.text("dhis2.rowRefused", line.indicator, line.breakdown, text.message(refused)));
                        return true;
                    }
                    errors.show(failure, text);
                    return false;
                })
                .onFailure(message::set)
                .run(context.tasks(), text);
    }

    /** Asks for a mapping file and imports all of it or nothing; the table is read again after. */
    public void importCsv() {
        if (busy.get()) {
            return;
        }
        Localization text = context.localization();
        List<Path> chosen = context.dialogs().chooseFilesToOpen(text.text("dhis2.chooseCsv"), text.text("dhis2.csvType"),
                "*.csv", false);
        if (chosen.isEmpty()) {
            return;
        }
        clearRefusals();
        busy.set(true);
        BackgroundTask.of(() -> service.importCsv(actor, chosen.get(0)))
                .onFinished(() -> busy.set(false))
                .onSuccess(count -> {
                    context.dialogs().notice(text.text("dhis2.imported", count));
                    load();
                })
                .onFailureException(failure -> {
                    if (failure instanceof Dhis2SettingsService.RowRefused refused) {
                        message.set(text.text("dhis2.importLine", refused.row(), text.message(refused)));
                        return true;
                    }
                    return false;
                })
                .onFailure(message::set)
                .run(context.tasks(), text);
    }

    private void clearRefusals() {
        errors.clear();
        message.set("");
        refusedRow.set(-1);
        lines.forEach(line -> {
            line.dataElementError.set("");
            line.optionComboError.set("");
        });
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty orgUnitProperty() {
        return orgUnit;
    }

    public StringProperty ownOrgUnitProperty() {
        return ownOrgUnit;
    }

    public StringProperty orgUnitErrorProperty() {
        return errors.of(Dhis2SettingsService.ORG_UNIT_FIELD);
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The row a refusal marked, for the view to bring into sight (-1: none). */
    public IntegerProperty refusedRowProperty() {
        return refusedRow;
    }
}
