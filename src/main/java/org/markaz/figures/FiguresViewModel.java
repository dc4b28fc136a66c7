package org.markaz.figures;

import org.markaz.core.audit.AuditService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.ChangeWatch;
import org.markaz.core.ui.UiContext;

/** The figures screen: a period (this quarter to start with), the figures as lines, and two charts. */
public final class FiguresViewModel {

    private final UiContext context;
    private final FiguresService figuresService;
    private final AuditService auditService;
    private final Actor actor;
    private final ChangeWatch changes;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Bar> outcomes = FXCollections.observableArrayList();
    private final ObservableList<Bar> attendance = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    /** One figure as shown: its name in the user's language and its value. */
    public record Line(String name, String value) {
    }

    /** One bar of a chart. */
    public record Bar(String label, double value) {
    }

    public FiguresViewModel(UiContext context, Actor actor, FiguresService figuresService, AuditService auditService) {
        this.context = context;
        this.figuresService = figuresService;
        this.auditService = auditService;
        this.actor = actor;
        this.changes = new ChangeWatch(auditService, actor);
        LocalDate today = LocalDate.now(context.clock());
        LocalDate quarterStart = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        from.set(quarterStart);
        to.set(quarterStart.plusMonths(3).minusDays(1));
    }

    /** Computes the figures of the chosen dates. */
    public void show() {
        compute(true);
    }

    /** Back on the screen: computes the figures again only if anything was written meanwhile. */
    public void refreshIfChanged() {
        compute(false);
    }

    private void compute(boolean evenIfUnchanged) {
        LocalDate first = from.get();
        LocalDate last = to.get();
        message.set("");
        BackgroundTask.of(() -> changes.changedSinceLastLook() || evenIfUnchanged
                        ? Optional.of(figuresService.compute(actor, first, last)) : Optional.<Figures>empty())
                .onSuccess(figures -> figures.ifPresent(this::show))
                .onFailure(text -> {
                    changes.forget();
                    message.set(text);
                    lines.clear();
                    outcomes.clear();
                    attendance.clear();
                })
                .run(context.tasks(), context.localization());
    }

    private void show(Figures f) {
        var text = context.localization();
        List<Line> shown = new ArrayList<>();
        shown.add(new Line(text.text("figures.admissions"), text.formatNumber(f.admissions())));
        for (ServiceType service : ServiceType.values()) {
            shown.add(new Line("    " + text.text(service.nameKey()), text.formatNumber(f.admissionsByService().getOrDefault(service, 0))));
        }
        shown.add(new Line(text.text("figures.discharges"), text.formatNumber(f.discharges())));
        List<Bar> outcomeBars = new ArrayList<>();
        for (DischargeOutcome outcome : DischargeOutcome.values()) {
            int count = f.dischargesByOutcome().getOrDefault(outcome, 0);
            shown.add(new Line("    " + text.text(outcome.nameKey()), text.formatNumber(count)));
            outcomeBars.add(new Bar(text.text(outcome.nameKey()), count));
        }
        shown.add(new Line(text.text("figures.residents", text.formatDate(f.to())), text.formatNumber(f.residentsOnLastDay())));
        shown.add(new Line(text.text("figures.shortStaysEnded"), text.formatNumber(f.shortStaysEnded())));
        shown.add(new Line(text.text("figures.averageStay"), days(f.averageShortStayDays())));
        shown.add(new Line(text.text("figures.medianStay"), days(f.medianShortStayDays())));
        List<Bar> attendanceBars = new ArrayList<>();
        for (ServiceType service : ServiceType.values()) {
            Figures.Attendance a = f.attendance().get(service);
            if (a != null) {
                long percent = Math.round(a.rate() * 100);
                shown.add(new Line(text.text("figures.attendance", text.text(service.nameKey())),
                        text.text("figures.percentOf", percent, a.presentDays(), a.markedDays())));
                attendanceBars.add(new Bar(text.text(service.nameKey()), percent));
            }
        }
        lines.setAll(shown);
        outcomes.setAll(outcomeBars);
        attendance.setAll(attendanceBars);
    }

    private String days(Double value) {
        return value == null ? "—" : context.localization().text("figures.days", Math.round(value * 10) / 10.0);
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
}
