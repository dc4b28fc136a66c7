package org.markaz.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.i18n.Localization;
import org.markaz.children.ChildrenService;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.FieldErrors;
import org.markaz.core.ui.UiContext;
import org.markaz.shared.ChildRow;

/**
 * The cases tab of the children screen's card: the family's cases, and opening one for the family
 * (its type, the children it concerns, the key worker: a key worker opens their own).
 */
public final class CasesTabViewModel {

    private final UiContext context;
    private final Actor actor;
    private final CaseloadService caseloads;
    private final ChildrenService children;
    private final FieldErrors errors = new FieldErrors();

    private final ObservableList<CaseRow> cases = FXCollections.observableArrayList();
    private final ObservableList<ChildRow> familyChildren = FXCollections.observableArrayList();
    private final ObservableList<ChildRow> concerned = FXCollections.observableArrayList();
    private final ObservableList<KeyWorker> workers = FXCollections.observableArrayList();
    private final ObjectProperty<CaseType> type = new SimpleObjectProperty<>(CaseType.PROGRAMME);
    private final ObjectProperty<KeyWorker> keyWorker = new SimpleObjectProperty<>();
    /** The family's referrals; the one chosen (null: the case is opened directly) is the case's. */
    private final ObservableList<ReferralChoice> referrals = FXCollections.observableArrayList();
    private final ObjectProperty<ReferralChoice> referral = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> openedOn = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty familyShown = new SimpleBooleanProperty();
    private Long familyId;

    public CasesTabViewModel(UiContext context, Actor actor, CaseloadService caseloads, ChildrenService children) {
        this.context = context;
        this.actor = actor;
        this.caseloads = caseloads;
        this.children = children;
    }

    public boolean mayOpen() {
        return actor.may(Permission.EDIT_CASES);
    }

    /** The family on the card (null: none yet) and the child chosen, who is ticked to start with. */
    public void show(Long family, Long childId) {
        familyId = family;
        familyShown.set(family != null);
        message.set("");
        errors.clear();
        if (family == null) {
            cases.clear();
            familyChildren.clear();
            concerned.clear();
            return;
        }
        openedOn.set(LocalDate.now(context.clock()));
        BackgroundTask.of(() -> new Loaded(caseloads.casesOfFamily(actor, family),
                        children.family(actor, family).map(card -> card.children()).orElse(List.of()),
                        mayOpen() ? caseloads.keyWorkers(actor) : List.<KeyWorker>of(),
                        mayOpen() ? caseloads.referralsOf(actor, family) : List.<ReferralChoice>of()))
                .onSuccess(loaded -> {
                    if (!family.equals(familyId)) {
                        return;
                    }
                    cases.setAll(loaded.cases());
                    familyChildren.setAll(loaded.children());
                    concerned.setAll(loaded.children().stream().filter(c -> childId != null && c.id() == childId).toList());
                    List<KeyWorker> choosable = actor.may(Permission.MANAGE_CASELOADS) ? loaded.workers()
                            : loaded.workers().stream().filter(KeyWorker::isYou).toList();
                    workers.setAll(choosable);
                    keyWorker.set(choosable.stream().filter(KeyWorker::isYou).findFirst().orElse(null));
                    referrals.setAll(loaded.referrals());
                    referral.set(null);
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    private record Loaded(List<CaseRow> cases, List<ChildRow> children, List<KeyWorker> workers,
                          List<ReferralChoice> referrals) {
    }

    public void openCase() {
        openCase(false);
    }

    private void openCase(boolean overLimitConfirmed) {
        if (familyId == null) {
            return;
        }
        long family = familyId;
        KeyWorker worker = keyWorker.get();
        ReferralChoice from = referral.get();
        CaseOpening opening = new CaseOpening(family, from == null ? null : from.id(), type.get(),
                Set.copyOf(concerned.stream().map(ChildRow::id).toList()), worker == null ? null : worker.staffId(),
                openedOn.get(), overLimitConfirmed);
        errors.clear();
        message.set("");
        BackgroundTask.of(() -> caseloads.open(actor, opening))
                .onSuccess(result -> {
                    if (result instanceof CaseloadResult.OverLimit over) {
                        if (context.dialogs().confirm(context.localization().text("cases.confirmOverLimit", over.workerName(),
                                over.openCases(), over.limit()))) {
                            openCase(true);
                        }
                        return;
                    }
                    context.dialogs().notice(context.localization().text("cases.opened"));
                    show(family, concerned.isEmpty() ? null : concerned.get(0).id());
                })
                .onFailureException(failure -> {
                    errors.show(failure, context.localization());
                    return false;
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    public String rowText(CaseRow row) {
        var text = context.localization();
        String state = row.isOpen() ? text.text("cases.openSince", text.formatDate(row.openedOn()))
                : text.text("cases.closedOnDate", text.formatDate(row.openedOn()), text.formatDate(row.closedOn()));
        return text.text(row.type().nameKey()) + " · " + row.children() + " · " + state + " · "
                + (row.keyWorkerName() == null ? text.text("cases.unassigned") : row.keyWorkerName());
    }

    public FieldErrors errors() { return errors; }
    public ObservableList<CaseRow> cases() { return cases; }
    public ObservableList<ChildRow> familyChildren() { return familyChildren; }
    public ObservableList<ChildRow> concerned() { return concerned; }
    public ObservableList<KeyWorker> workers() { return workers; }
    public ObjectProperty<CaseType> typeProperty() { return type; }
    public ObjectProperty<KeyWorker> keyWorkerProperty() { return keyWorker; }
    public ObservableList<ReferralChoice> referrals() { return referrals; }
    public ObjectProperty<ReferralChoice> referralProperty() { return referral; }

    /** A referral as the choice shows it: its date, the child and the reason. */
    public String referralText(ReferralChoice choice) {
        Localization text = context.localization();
        return text.text("cases.referralItem", text.formatDate(choice.referredOn()), choice.childName(), choice.reason());
    }
    public ObjectProperty<LocalDate> openedOnProperty() { return openedOn; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty familyShownProperty() { return familyShown; }
}
