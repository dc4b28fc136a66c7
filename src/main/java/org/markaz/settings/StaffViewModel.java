package org.markaz.settings;

import java.util.List;
import java.util.stream.Collectors;
import org.markaz.core.staff.StaffSaveResult;
import org.markaz.core.staff.StaffService;
import org.markaz.core.staff.StaffForm;
import org.markaz.core.staff.StaffMember;
import org.markaz.core.staff.StaffDetails;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.security.Role;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.UiContext;

/**
 * Staff and their accounts: a list, and a form for the selected (or a new) member. Directors
 * see the list; administrators change it.
 */
public final class StaffViewModel {

    private final UiContext context;
    private final StaffService staffService;
    private final Actor actor;
    private final ObservableList<StaffMember> members = FXCollections.observableArrayList();
    private final ObjectProperty<StaffMember> selected = new SimpleObjectProperty<>();
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty username = new SimpleStringProperty("");
    private final BooleanProperty usernameEditable = new SimpleBooleanProperty(true);
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.KEY_WORKER);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.RUSSIAN);
    private final BooleanProperty accountActive = new SimpleBooleanProperty(true);
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty newPasswordAgain = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public StaffViewModel(UiContext context, Actor actor, StaffService staffService) {
        this.context = context;
        this.staffService = staffService;
        this.actor = actor;
        selected.addListener((obs, old, member) -> fill(member));
    }

    public boolean mayEdit() {
        return actor.may(Permission.MANAGE_USERS);
    }

    public void load() {
        BackgroundTask.of(() -> staffService.list(actor))
                .onSuccess(members::setAll)
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    /** Empties the form for a new member of staff. */
    public void newMember() {
        selected.set(null);
        fill(null);
    }

    private void fill(StaffMember member) {
        message.set("");
        newPassword.set("");
        newPasswordAgain.set("");
        if (member == null) {
            fullName.set("");
            position.set("");
            phone.set("");
            active.set(true);
            username.set("");
            usernameEditable.set(true);
            role.set(Role.KEY_WORKER);
            language.set(Language.RUSSIAN);
            accountActive.set(true);
            return;
        }
        fullName.set(member.fullName());
        position.set(nullToEmpty(member.position()));
        phone.set(nullToEmpty(member.phone()));
        active.set(member.active());
        username.set(nullToEmpty(member.username()));
        usernameEditable.set(!member.hasAccount());
        role.set(member.hasAccount() ? member.role() : Role.KEY_WORKER);
        language.set(member.hasAccount() ? member.language() : Language.RUSSIAN);
        accountActive.set(!member.hasAccount() || member.accountActive());
    }

    public void save() {
        save(false);
    }

    /** Saves the form; a new name that another member has already is saved only once the user confirms it. */
    private void save(boolean duplicateConfirmed) {
        if (busy.get()) {
            return;
        }
        if (!newPassword.get().equals(newPasswordAgain.get())) {
            message.set(context.localization().text("error.passwordsDiffer"));
            return;
        }
        StaffMember current = selected.get();
        StaffForm form = new StaffForm(current == null ? null : current.staffId(),
                new StaffDetails(fullName.get(), position.get(), phone.get(), active.get()),
                username.get(), role.get(), language.get(), accountActive.get(), newPassword.get().toCharArray());
        busy.set(true);
        BackgroundTask.of(() -> {
                    StaffSaveResult result = staffService.save(actor, form, duplicateConfirmed);
                    return result instanceof StaffSaveResult.Saved saved
                            ? new Saved(saved.staffId(), staffService.list(actor), List.of())
                            : new Saved(null, List.of(), ((StaffSaveResult.PossibleDuplicates) result).members());
                })
                .onFinished(() -> busy.set(false))
                .onSuccess(saved -> {
                    if (saved.staffId() == null) {
                        String others = saved.sameName().stream().map(StaffMember::fullName)
                                .collect(Collectors.joining(", "));
                        if (context.dialogs().confirmDangerous(context.localization().text("settings.staffDuplicate", others))) {
                            save(true);
                        } else {
                            message.set(context.localization().text("settings.staffNotSaved"));
                        }
                        return;
                    }
                    members.setAll(saved.members());
                    members.stream().filter(m -> m.staffId() == saved.staffId()).findFirst().ifPresent(selected::set);
                    message.set(context.localization().text("settings.saved"));
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    /** What a save gave: the member saved and the new list, or (staffId null) the members of the same name. */
    private record Saved(Long staffId, List<StaffMember> members, List<StaffMember> sameName) {
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public ObservableList<StaffMember> members() {
        return members;
    }

    public ObjectProperty<StaffMember> selectedProperty() {
        return selected;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public BooleanProperty usernameEditableProperty() {
        return usernameEditable;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public BooleanProperty accountActiveProperty() {
        return accountActive;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty newPasswordAgainProperty() {
        return newPasswordAgain;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
