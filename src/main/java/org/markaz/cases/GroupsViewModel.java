package org.markaz.cases;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.FieldErrors;
import org.markaz.core.ui.UiContext;

/**
 * The parenting groups tab of the cases area: the groups, a new group, the carers who joined the
 * chosen one (found by their family's code), its sessions with who came, and headquarters' count
 * of groups run and carers attending for a period.
 */
public final class GroupsViewModel {

    private final UiContext context;
    private final Actor actor;
    private final ParentingGroupService service;
    private final FieldErrors errors = new FieldErrors();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final ObservableList<ParentingGroups.Group> groups = FXCollections.observableArrayList();
    private final ObjectProperty<ParentingGroups.Group> selected = new SimpleObjectProperty<>();
    private final ObservableList<ParentingGroups.Facilitator> facilitators = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<ParentingGroups.Facilitator> facilitator = new SimpleObjectProperty<>();

    private final ObservableList<ParentingGroups.Carer> members = FXCollections.observableArrayList();
    private final StringProperty familyCode = new SimpleStringProperty("");
    private final ObservableList<ParentingGroups.Carer> found = FXCollections.observableArrayList();
    private final ObjectProperty<ParentingGroups.Carer> carer = new SimpleObjectProperty<>();

    private final ObservableList<ParentingGroups.Session> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> heldOn = new SimpleObjectProperty<>();
    private final StringProperty topic = new SimpleStringProperty("");
    private final ObservableSet<Long> attending = FXCollections.observableSet(new HashSet<>());

    private final ObjectProperty<LocalDate> countFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> countTo = new SimpleObjectProperty<>();
    private final StringProperty counts = new SimpleStringProperty("");

    public GroupsViewModel(UiContext context, Actor actor, ParentingGroupService service) {
        this.context = context;
        this.actor = actor;
        this.service = service;
        LocalDate today = LocalDate.now(context.clock());
        startsOn.set(today);
        endsOn.set(today.plusWeeks(14));
        heldOn.set(today);
        countFrom.set(today.withDayOfYear(1));
        countTo.set(today);
        selected.addListener((obs, old, group) -> loadGroup(group));
    }

    public boolean mayEdit() {
        return actor.may(Permission.EDIT_CASES);
    }

    public void load() {
        boolean edits = mayEdit();
        run(() -> new Loaded(service.groups(actor), edits ? service.facilitators(actor) : List.of()), loaded -> {
            ParentingGroups.Group was = selected.get();
            groups.setAll(loaded.groups());
            facilitators.setAll(loaded.facilitators());
            if (was != null) {
                selected.set(groups.stream().filter(g -> g.id() == was.id()).findFirst().orElse(null));
            }
        });
    }

    private record Loaded(List<ParentingGroups.Group> groups, List<ParentingGroups.Facilitator> facilitators) {
    }

    private void loadGroup(ParentingGroups.Group group) {
        members.clear();
        sessions.clear();
        attending.clear();
        found.clear();
        if (group == null) {
            return;
        }
        run(() -> new GroupLoaded(service.members(actor, group.id()), service.sessions(actor, group.id())), loaded -> {
            members.setAll(loaded.members());
            sessions.setAll(loaded.sessions());
        });
    }

    private record GroupLoaded(List<ParentingGroups.Carer> members, List<ParentingGroups.Session> sessions) {
    }

    public void createGroup() {
        ParentingGroups.Facilitator who = facilitator.get();
        ParentingGroups.NewGroup group = new ParentingGroups.NewGroup(name.get(), startsOn.get(), endsOn.get(),
                who == null ? null : who.staffId());
        run(() -> {
            long id = service.createGroup(actor, group);
            return new CreatedGroup(id, service.groups(actor));
        }, created -> {
            groups.setAll(created.groups());
            name.set("");
            selected.set(groups.stream().filter(g -> g.id() == created.id()).findFirst().orElse(null));
            context.dialogs().notice(text("groups.created"));
        });
    }

    private record CreatedGroup(long id, List<ParentingGroups.Group> groups) {
    }

    public void findCarers() {
        String code = familyCode.get();
        run(() -> service.carersOfFamily(actor, code), carers -> {
            found.setAll(carers);
            carer.set(carers.isEmpty() ? null : carers.get(0));
            if (carers.isEmpty()) {
                message.set(text("groups.noCarers"));
            }
        });
    }

    public void addCarer() {
        ParentingGroups.Group group = selected.get();
        ParentingGroups.Carer chosen = carer.get();
        if (group == null || chosen == null) {
            errors.clear();
            errors.set("groups.carer", text("error.required", text("groups.carer")));
            return;
        }
        run(() -> {
            service.addCarer(actor, group.id(), chosen.id());
            return service.members(actor, group.id());
        }, list -> {
            members.setAll(list);
            found.remove(chosen);
            carer.set(found.isEmpty() ? null : found.get(0));
            load();
        });
    }

    public void recordSession() {
        ParentingGroups.Group group = selected.get();
        if (group == null) {
            return;
        }
        LocalDate on = heldOn.get();
        String about = topic.get();
        Set<Long> came = Set.copyOf(attending);
        run(() -> {
            service.recordSession(actor, group.id(), on, about, came);
            return service.sessions(actor, group.id());
        }, list -> {
            sessions.setAll(list);
            topic.set("");
            attending.clear();
            context.dialogs().notice(text("groups.sessionSaved", came.size()));
            load();
        });
    }

    public void count() {
        LocalDate from = countFrom.get();
        LocalDate to = countTo.get();
        run(() -> service.counts(actor, from, to), result -> counts.set(text("groups.counts", result.groupsRun(),
                result.sessions(), result.carersAttending())));
    }

    /** A group as the list shows it. */
    public String groupDates(ParentingGroups.Group group) {
        return context.localization().formatDate(group.startsOn()) + " – " + context.localization().formatDate(group.endsOn());
    }

    public String formatDate(LocalDate date) {
        return context.localization().formatDate(date);
    }

    private <T> void run(Callable<T> work, Consumer<T> then) {
        errors.clear();
        message.set("");
        busy.set(true);
        BackgroundTask.of(work)
                .onSuccess(then)
                .onFailureException(failure -> {
                    errors.show(failure, context.localization());
                    return false;
                })
                .onFailure(message::set)
                .onFinished(() -> busy.set(false))
                .run(context.tasks(), context.localization());
    }

    private String text(String key, Object... arguments) {
        return context.localization().text(key, arguments);
    }

    public FieldErrors errors() { return errors; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public ObservableList<ParentingGroups.Group> groups() { return groups; }
    public ObjectProperty<ParentingGroups.Group> selectedProperty() { return selected; }
    public ObservableList<ParentingGroups.Facilitator> facilitators() { return facilitators; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<LocalDate> startsOnProperty() { return startsOn; }
    public ObjectProperty<LocalDate> endsOnProperty() { return endsOn; }
    public ObjectProperty<ParentingGroups.Facilitator> facilitatorProperty() { return facilitator; }
    public ObservableList<ParentingGroups.Carer> members() { return members; }
    public StringProperty familyCodeProperty() { return familyCode; }
    public ObservableList<ParentingGroups.Carer> found() { return found; }
    public ObjectProperty<ParentingGroups.Carer> carerProperty() { return carer; }
    public ObservableList<ParentingGroups.Session> sessions() { return sessions; }
    public ObjectProperty<LocalDate> heldOnProperty() { return heldOn; }
    public StringProperty topicProperty() { return topic; }
    public ObservableSet<Long> attending() { return attending; }
    public ObjectProperty<LocalDate> countFromProperty() { return countFrom; }
    public ObjectProperty<LocalDate> countToProperty() { return countTo; }
    public StringProperty countsProperty() { return counts; }
}
