package org.markaz.cases;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Cells;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.FieldDecorations;
import org.markaz.core.ui.Tables;

/**
 * Binds the parenting groups tab: on the left the groups and a new one; on the right the chosen
 * group's carers, its sessions, and a session with who came (a box per carer); below, the count
 * headquarters asks for.
 */
final class GroupsView {

    private final GroupsViewModel viewModel;
    private final Localization text;
    private final VBox root = new VBox(6);

    GroupsView(GroupsViewModel viewModel, Localization text) {
        this.viewModel = viewModel;
        this.text = text;
        build();
    }

    /** Wrapped: a tab sets its content's disable, which the busy binding of the form itself may not share. */
    Node root() {
        return new javafx.scene.layout.StackPane(root);
    }

    private void build() {
        FieldDecorations decorations = new FieldDecorations(text);
        root.setPadding(new Insets(6));
        root.disableProperty().bind(viewModel.busyProperty());
        Label message = new Label();
        message.setId("groupsMessage");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        TableView<ParentingGroups.Group> groups = new TableView<>(viewModel.groups());
        groups.setId("parentingGroups");
        groups.setPlaceholder(new Label(text.text("groups.none")));
        TableColumn<ParentingGroups.Group, String> groupName = column("groups.name", 150, ParentingGroups.Group::name);
        groups.getColumns().add(groupName);
        // "12.10.2026 – 18.01.2027" and the facilitator's name take two lines rather than push the counts out of sight
        TableColumn<ParentingGroups.Group, String> datesColumn = column("groups.dates", 150, viewModel::groupDates);
        datesColumn.setCellFactory(Cells.wrapping());
        groups.getColumns().add(datesColumn);
        TableColumn<ParentingGroups.Group, String> facilitatorColumn = column("groups.facilitator", 130,
                ParentingGroups.Group::facilitatorName);
        facilitatorColumn.setCellFactory(Cells.wrapping());
        groups.getColumns().add(facilitatorColumn);
        groups.getColumns().add(column("groups.carers", 60, g -> Integer.toString(g.carers())));
        groups.getColumns().add(column("groups.sessions", 60, g -> Integer.toString(g.sessions())));
        Tables.wrapHeaders(groups);
        Tables.keepValuesWhole(groups, groupName, datesColumn, facilitatorColumn); // a group's name is typed; the others wrap
        groups.getSelectionModel().selectedItemProperty().addListener((obs, old, g) -> viewModel.selectedProperty().set(g));
        viewModel.selectedProperty().addListener((obs, old, g) -> {
            if (g != null && groups.getSelectionModel().getSelectedItem() != g) {
                groups.getSelectionModel().select(g);
            }
        });
        VBox.setVgrow(groups, Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("groupName");
        name.setPromptText(text.text("groups.name"));
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        decorations.showErrors(name, viewModel.errors().of("groups.name"));
        DatePicker starts = datePicker("groupStartsOn");
        starts.valueProperty().bindBidirectional(viewModel.startsOnProperty());
        decorations.showErrors(starts, viewModel.errors().of("groups.startsOn"));
        DatePicker ends = datePicker("groupEndsOn");
        ends.valueProperty().bindBidirectional(viewModel.endsOnProperty());
        decorations.showErrors(ends, viewModel.errors().of("groups.endsOn"));
        ComboBox<ParentingGroups.Facilitator> facilitator = new ComboBox<>();
        facilitator.setId("groupFacilitator");
        facilitator.setPrefWidth(170);
        Choices.install(facilitator, viewModel.facilitators(), ParentingGroups.Facilitator::name);
        facilitator.setItems(viewModel.facilitators());
        facilitator.valueProperty().bindBidirectional(viewModel.facilitatorProperty());
        facilitator.setPromptText(text.text("groups.facilitator"));
        decorations.showErrors(facilitator, viewModel.errors().of("groups.facilitator"));
        Button create = button("createGroup", "groups.create", viewModel::createGroup);
        HBox newGroup = row(name, starts, label("groups.to"), ends);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox newGroupBy = row(facilitator, create);
        Label newTitle = label("groups.newTitle");
        VBox left = new VBox(6, groups, newTitle, newGroup, newGroupBy);
        for (Node part : new Node[] {newTitle, newGroup, newGroupBy}) {
            part.setVisible(viewModel.mayEdit());
            part.setManaged(viewModel.mayEdit());
        }

        ListView<ParentingGroups.Carer> members = new ListView<>(viewModel.members());
        members.setId("groupMembers");
        members.setPrefHeight(110);
        members.setMinHeight(70);
        members.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ParentingGroups.Carer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.fullName() + " · " + item.familyCode());
            }
        });
        TextField code = new TextField();
        code.setId("groupFamilyCode");
        code.setPrefColumnCount(8);
        code.setMinWidth(TextField.USE_PREF_SIZE);
        code.setPromptText(text.text("groups.familyCode"));
        code.textProperty().bindBidirectional(viewModel.familyCodeProperty());
        code.setOnAction(event -> viewModel.findCarers());
        decorations.showErrors(code, viewModel.errors().of("groups.familyCode"));
        ComboBox<ParentingGroups.Carer> carer = new ComboBox<>();
        carer.setId("groupCarer");
        carer.setPrefWidth(190);
        carer.setMinWidth(150);
        Choices.install(carer, viewModel.found(), ParentingGroups.Carer::fullName);
        carer.setItems(viewModel.found());
        carer.valueProperty().bindBidirectional(viewModel.carerProperty());
        decorations.showErrors(carer, viewModel.errors().of("groups.carer"));
        // the two lines of the group's form wrap rather than hold the list of groups beside them narrow
        FlowPane addCarer = wrappingRow(label("groups.familyCode"), code, button("findCarers", "groups.find", viewModel::findCarers), carer,
                button("addCarer", "groups.addCarer", viewModel::addCarer));

        TableView<ParentingGroups.Session> sessions = new TableView<>(viewModel.sessions());
        sessions.setId("groupSessions");
        sessions.setPlaceholder(new Label(text.text("groups.noSessions")));
        sessions.getColumns().add(sessionColumn("groups.heldOn", 90, s -> viewModel.formatDate(s.heldOn())));
        TableColumn<ParentingGroups.Session, String> sessionTopic = sessionColumn("groups.topic", 220, s -> s.topic() == null ? "" : s.topic());
        sessions.getColumns().add(sessionTopic);
        sessions.getColumns().add(sessionColumn("groups.attended", 70, s -> Integer.toString(s.attended().size())));
        Tables.wrapHeaders(sessions);
        Tables.keepValuesWhole(sessions, sessionTopic);
        VBox.setVgrow(sessions, Priority.ALWAYS);

        DatePicker held = datePicker("sessionHeldOn");
        held.valueProperty().bindBidirectional(viewModel.heldOnProperty());
        decorations.showErrors(held, viewModel.errors().of("groups.heldOn"));
        TextField topic = new TextField();
        topic.setId("sessionTopic");
        topic.setPromptText(text.text("groups.topic"));
        topic.textProperty().bindBidirectional(viewModel.topicProperty());
        topic.setMinWidth(140);
        FlowPane attendance = new FlowPane(10, 4);
        attendance.setId("sessionAttendance");
        viewModel.members().addListener((ListChangeListener<ParentingGroups.Carer>) change -> {
            attendance.getChildren().clear();
            for (ParentingGroups.Carer each : viewModel.members()) {
                CheckBox box = new CheckBox(each.fullName());
                box.setId("attended-" + each.id());
                box.setSelected(viewModel.attending().contains(each.id()));
                box.selectedProperty().addListener((obs, was, on) -> {
                    if (on) {
                        viewModel.attending().add(each.id());
                    } else {
                        viewModel.attending().remove(each.id());
                    }
                });
                viewModel.attending().addListener((javafx.collections.SetChangeListener<Long>) c ->
                        box.setSelected(viewModel.attending().contains(each.id())));
                attendance.getChildren().add(box);
            }
        });
        Label attendanceError = new Label();
        attendanceError.getStyleClass().add("error-text");
        attendanceError.textProperty().bind(viewModel.errors().of("groups.attendance"));
        attendanceError.managedProperty().bind(attendanceError.textProperty().isNotEmpty());
        FlowPane sessionLine = wrappingRow(label("groups.heldOn"), held, topic, button("recordSession", "groups.recordSession",
                viewModel::recordSession));
        VBox sessionForm = new VBox(4, label("groups.whoCame"), attendance, attendanceError, sessionLine);
        VBox right = new VBox(6, label("groups.carersTitle"), members, addCarer, label("groups.sessionsTitle"), sessions,
                sessionForm);
        right.disableProperty().bind(viewModel.selectedProperty().isNull());
        addCarer.setVisible(viewModel.mayEdit());
        addCarer.setManaged(viewModel.mayEdit());
        sessionForm.setVisible(viewModel.mayEdit());
        sessionForm.setManaged(viewModel.mayEdit());

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);

        DatePicker from = datePicker("countFrom");
        from.valueProperty().bindBidirectional(viewModel.countFromProperty());
        DatePicker to = datePicker("countTo");
        to.valueProperty().bindBidirectional(viewModel.countToProperty());
        Label counts = new Label();
        counts.setId("groupCounts");
        counts.setWrapText(true);
        counts.setMinHeight(Label.USE_PREF_SIZE);
        counts.textProperty().bind(viewModel.countsProperty());
        HBox countLine = row(label("groups.countFrom"), from, label("groups.to"), to, button("countGroups", "groups.count",
                viewModel::count));
        root.getChildren().setAll(message, split, countLine, counts);
    }

    private DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(130);
        picker.setMinWidth(DatePicker.USE_PREF_SIZE);
        DateFields.install(picker, text);
        return picker;
    }

    private Label label(String key) {
        Label label = new Label(text.text(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(text.text(key));
        button.setId(id);
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static FlowPane wrappingRow(Node... nodes) {
        FlowPane row = new FlowPane(6, 4, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TableColumn<ParentingGroups.Group, String> column(String key, double width,
                                                                Function<ParentingGroups.Group, String> value) {
        TableColumn<ParentingGroups.Group, String> column = new TableColumn<>(text.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private TableColumn<ParentingGroups.Session, String> sessionColumn(String key, double width,
                                                                         Function<ParentingGroups.Session, String> value) {
        TableColumn<ParentingGroups.Session, String> column = new TableColumn<>(text.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
