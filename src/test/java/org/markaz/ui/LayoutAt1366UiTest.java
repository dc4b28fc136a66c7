package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.core.i18n.Language;
import org.testfx.framework.junit5.Start;

/**
 * Issue 9 #6: at 1366x705 (a maximised window on a 1366x768 screen with a taskbar) nothing a user
 * needs is cut or off screen, in every area and every tab, in each of the three languages. A cut
 * label is one whose skin shows less than its text (JavaFX ends it with an ellipsis). Walked on the
 * whole sample centre, each area as the role that has the most of it.
 */
class LayoutAt1366UiTest extends UiTestSupport {

    private static final double WIDTH = 1366;
    private static final double HEIGHT = 705;

    @Start
    void start(Stage stage) {
        startWindowOnTheWholeSample(stage);
    }

    @Test
    void nothingIsCutInEnglish() {
        assertNothingCut(Language.ENGLISH);
    }

    @Test
    void nothingIsCutInRussian() {
        assertNothingCut(Language.RUSSIAN);
    }

    @Test
    void nothingIsCutInTajik() {
        assertNothingCut(Language.TAJIK);
    }

    private Language language;

    private void assertNothingCut(Language language) {
        this.language = language;
        interact(() -> {
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        // each area as the role that has the most of it: the aid fund is the bookkeeper's, the cases
        // (and a case's record) the director's, the administrator sees the most areas, and the
        // director's other own ones come last
        record Walk(String user, java.util.function.Predicate<String> areas) { }
        // a key worker's cases (their own caseload, a record they may edit) are theirs alone
        List<Walk> walks = List.of(new Walk("bookkeeper", "nav-aid"::equals), new Walk("keyworker", "nav-cases"::equals),
                new Walk("director", "nav-cases"::equals), new Walk("admin", area -> true), new Walk("director", area -> true));
        for (Walk walk : walks) {
            services().accounts().changeOwnLanguage(signedInActor(walk.user(), DEMO_PASSWORD), language);
            signIn(walk.user(), DEMO_PASSWORD);
            for (Node button : lookup(".nav-button").queryAll()) {
                String area = button.getId();
                String key = walk.user().equals("keyworker") ? "keyworker " + area : area;
                if (walk.areas().test(area) && seen.add(key)) {
                    problemsInArea(button).forEach(problems::putIfAbsent);
                    if (area.equals("nav-cases") && !walk.user().equals("admin")) {
                        problemsInACaseRecord(walk.user()).forEach(problems::putIfAbsent);
                    }
                }
            }
            interact(() -> lookup("#signOut").queryButton().fire());
            waitUntilIdle();
        }
        assertEquals(List.of(), problems.entrySet().stream().map(p -> p.getValue() + ": " + p.getKey()).toList(),
                language + " at 1366x705");
    }

    private java.util.Map<String, String> problemsInArea(Node button) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        clickOn(button);
        waitUntilIdle();
        String area = button.getId();
        if ("nav-children".equals(area)) {
            clickOn("#familiesMode");
            waitUntilIdle();
            problemsIn(area + " / families").forEach(problems::putIfAbsent);
            clickOn("#childrenMode");
            waitUntilIdle();
            clickRow("#childResults", 0);
            waitUntilIdle();
        }
        if ("nav-audit".equals(area)) {
            clickRow("#auditEntries", 0); // an entry's fields, before and after, beside the list
            waitUntilIdle();
        }
        problemsIn(area).forEach(problems::putIfAbsent);
        problemsInEveryTab(area).forEach(problems::putIfAbsent);
        if ("nav-beds".equals(area)) {
            problemsInTheBedsDialogs().forEach(problems::putIfAbsent);
        }
        if ("nav-register".equals(area)) {
            clickOn("#closeDay"); // a question that cannot be undone: Escape answers no
            waitUntilIdle();
            problemsInADialog("nav-register / close the day?").forEach(problems::putIfAbsent);
        }
        if ("nav-aid".equals(area)) {
            openTab("aidTabHandouts");
            clickRow("#aidRecent", 0);
            clickOn("#aidReverseHandout"); // asks why; Escape reverses nothing
            waitUntilIdle();
            problemsInADialog("nav-aid / reverse a hand-out").forEach(problems::putIfAbsent);
        }
        return problems;
    }

    /** The beds' dialogs: a new request for the waiting list, a new booking on a free night half a year on, a check-out. */
    private java.util.Map<String, String> problemsInTheBedsDialogs() {
        // the calendar opens on today's night of the first bed, where a child is staying (the sample's 1-А)
        openTab("tab-calendar");
        clickOn("#checkOut");
        waitUntilIdle();
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>(problemsInADialog("nav-beds / check out"));
        openTab("tab-waiting");
        clickOn("#newRequest");
        waitUntilIdle();
        problemsInADialog("nav-beds / new request").forEach(problems::putIfAbsent);
        openTab("tab-calendar");
        clickOn("#bedCalendar");
        type(javafx.scene.input.KeyCode.PAGE_DOWN, 2);
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntilIdle();
        problemsInADialog("nav-beds / new booking").forEach(problems::putIfAbsent);
        return problems;
    }

    /** What is cut in the dialog shown over the window, and whether it fits the screen; then closes it (Escape). */
    private java.util.Map<String, String> problemsInADialog(String where) {
        Stage dialog = javafx.stage.Window.getWindows().stream()
                .filter(window -> window != stage && window.isShowing() && window instanceof Stage)
                .map(Stage.class::cast).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no dialog opened: " + where));
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>(problemsIn(where, dialog.getScene()));
        if (language != Language.ENGLISH) {
            // JavaFX's own OK and Cancel speak the JVM's language, which has no Russian or Tajik
            java.util.Set<String> javaFxOwn = java.util.Set.of(ButtonType.OK.getText(), ButtonType.CANCEL.getText(),
                    ButtonType.YES.getText(), ButtonType.NO.getText(), ButtonType.CLOSE.getText());
            walk(dialog.getScene().getRoot(), node -> {
                if (node instanceof javafx.scene.control.Button button && button.getText() != null
                        && javaFxOwn.contains(button.getText())) {
                    problems.put("a button in JavaFX's English \"" + button.getText() + "\"", where);
                }
            });
        }
        if (dialog.getWidth() > WIDTH + 1 || dialog.getHeight() > HEIGHT + 1) {
            problems.put("dialog larger than the window (" + Math.round(dialog.getWidth()) + "x" + Math.round(dialog.getHeight())
                    + ")", where);
        }
        type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntilIdle();
        assertFalse(dialog.isShowing(), "Escape closes the dialog: " + where);
        return problems;
    }

    /**
     * A case's record: the first of a key worker's own, or the first open case as a director opens
     * it from the key workers' list for a review.
     */
    private java.util.Map<String, String> problemsInACaseRecord(String user) {
        if (user.equals("keyworker")) {
            openTab("tab-mine");
            clickRow("#myCases", 0);
        } else {
            openTab("tab-workers");
            clickRow("#everyOpenCase", 0);
        }
        clickOn("#openCase");
        waitUntilIdle();
        String where = user + "'s case record";
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>(problemsIn(where));
        problemsInEveryTab(where).forEach(problems::putIfAbsent);
        return problems;
    }

    private java.util.Map<String, String> problemsInEveryTab(String area) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        for (TabPane tabs : visibleTabPanes()) {
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                if (!tab.isDisable() && tab != tabs.getSelectionModel().getSelectedItem()) {
                    interact(() -> tabs.getSelectionModel().select(tab));
                    waitUntilIdle();
                    problemsIn(area + " / " + tab.getText()).forEach(problems::putIfAbsent);
                    problemsInFoldedPanes(area + " / " + tab.getText()).forEach(problems::putIfAbsent);
                }
            }
        }
        return problems;
    }

    /** A little longer than a TitledPane's animation (350 ms). */
    private static final long PANE_OPENS_MS = 500;

    /** Each folded pane shown opened in turn (a child's services: admit, discharge, change the planned end). */
    private java.util.Map<String, String> problemsInFoldedPanes(String where) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        List<javafx.scene.control.TitledPane> folded = new ArrayList<>();
        interact(() -> walk(stage.getScene().getRoot(), node -> {
            if (node instanceof javafx.scene.control.TitledPane pane && !pane.isExpanded()) {
                folded.add(pane);
            }
        }));
        for (javafx.scene.control.TitledPane pane : folded) {
            interact(() -> pane.setExpanded(true));
            sleep(PANE_OPENS_MS); // it opens (and the one open before folds) in an animation
            waitUntilIdle();
            problemsIn(where + " / " + pane.getText()).forEach(problems::putIfAbsent);
        }
        return problems;
    }

    private List<TabPane> visibleTabPanes() {
        List<TabPane> found = new ArrayList<>();
        walk(stage.getScene().getRoot(), node -> {
            if (node instanceof TabPane tabs) {
                found.add(tabs);
            }
        });
        return found;
    }

    /**
     * Cut labels and controls beyond the window's edge, in what is shown now: each problem once
     * (the same cut label seen from several tabs), with where it was first seen.
     */
    private java.util.Map<String, String> problemsIn(String where) {
        return problemsIn(where, stage.getScene());
    }

    private java.util.Map<String, String> problemsIn(String where, javafx.scene.Scene scene) {
        saveScreen(language + "-" + where, scene);
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        interact(() -> {
            scene.getRoot().layout();
            double width = scene.getWidth();
            double height = scene.getHeight();
            walk(scene.getRoot(), node -> {
                if (node instanceof Labeled labeled && isCut(labeled) && !shownWholeInATooltip(labeled)) {
                    problems.put("cut \"" + labeled.getText() + "\" (" + describe(node) + ")", where);
                }
                if (node instanceof Labeled && !insideScrolling(node)) {
                    Bounds bounds = node.localToScene(node.getBoundsInLocal());
                    if (bounds.getMaxX() > width + 1 || bounds.getMaxY() > height + 1) {
                        problems.put("off screen \"" + ((Labeled) node).getText() + "\" (" + describe(node) + ")", where);
                    }
                }
                if (node instanceof javafx.scene.control.TextField field && hintIsCut(field)) {
                    problems.put("cut hint \"" + field.getPromptText() + "\" (" + describe(node) + ")", where);
                }
                if (node instanceof Labeled && cutByItsColumnHeader(node)) {
                    problems.put("cut by its column's heading \"" + ((Labeled) node).getText() + "\" (" + describe(node) + ")",
                            where);
                }
                if (node instanceof TableView<?> table && table.getColumnResizePolicy() == TableView.CONSTRAINED_RESIZE_POLICY
                        && table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum()
                        > table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() + 1) {
                    problems.put("columns wider than their table (" + describe(node) + ")", where);
                }
                if (node instanceof TableView<?> table && scrollsSideways(table)
                        && !MAY_SCROLL_SIDEWAYS.contains(table.getId())) {
                    problems.put("columns pushed out of sight sideways (" + describe(node) + ")", where);
                }
                if (node instanceof Labeled labeled && language != Language.ENGLISH && labeled.getText() != null
                        && JAVAFX_OWN_PLACEHOLDERS.contains(labeled.getText())) {
                    problems.put("JavaFX's English \"" + labeled.getText() + "\" (" + describe(node) + ")", where);
                }
                if (node instanceof TabPane tabs) {
                    Node overflow = tabs.lookup(".control-buttons-tab");
                    if (overflow != null && overflow.isVisible()) {
                        problems.put("tabs do not fit (" + describe(node) + ")", where);
                    }
                }
            });
        });
        return problems;
    }

    /** What an empty table or list says when its view gives it no placeholder of its own: JavaFX's, in English. */
    private static final java.util.Set<String> JAVAFX_OWN_PLACEHOLDERS = java.util.Set.of("No content in table",
            "No content in list", "No columns in table");

    /** Tables whose last column may be scrolled to: a family's hand-outs, in the half-window card. */
    private static final java.util.Set<String> MAY_SCROLL_SIDEWAYS = java.util.Set.of("familyAidHistory");

    /** Whether the table's columns reach beyond its right edge, so that some are seen only by scrolling sideways. */
    private static boolean scrollsSideways(TableView<?> table) {
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        Node bar = table.lookup(".scroll-bar:vertical");
        double verticalBar = bar != null && bar.isVisible() ? bar.getLayoutBounds().getWidth() : 0;
        return !table.getItems().isEmpty()
                && columns > table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - verticalBar + 1;
    }

    /**
     * Whether an empty field's hint is wider than the room for text in it: JavaFX cuts a hint off
     * at the field's edge, and a hint is often the field's only label.
     */
    private static boolean hintIsCut(javafx.scene.control.TextField field) {
        String hint = field.getPromptText();
        if (hint == null || hint.isBlank() || (field.getText() != null && !field.getText().isEmpty()) || field.getWidth() <= 0) {
            return false;
        }
        Text measure = new Text(hint);
        measure.setFont(field.getFont());
        return measure.getLayoutBounds().getWidth() > field.getWidth() - field.snappedLeftInset() - field.snappedRightInset() + 1;
    }

    /** Whether the text the skin shows is shorter than the label's own: JavaFX put an ellipsis in. */
    private static boolean isCut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return false;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && shown.isVisible()) {
                boolean shortened = !shown.getText().replace("\n", "").equals(text.replace("\n", ""))
                        && shown.getText().contains(labeled.getEllipsisString().strip());
                // a wrapping label keeps its words but may lose its last lines below its edge
                boolean clipped = labeled.isWrapText()
                        && shown.getLayoutBounds().getHeight() > labeled.getHeight() - labeled.snappedTopInset()
                        - labeled.snappedBottomInset() + 2;
                return shortened || clipped;
            }
        }
        return false;
    }

    /** A cell of a column of free text (what people typed, lists of items) may end in "…" if its tooltip shows it whole. */
    private static boolean shownWholeInATooltip(Labeled labeled) {
        return labeled instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null
                && cell.getTableColumn().getProperties().containsKey(org.markaz.core.ui.Tables.FREE_TEXT)
                && cell.getTooltip() != null && labeled.getText().equals(cell.getTooltip().getText());
    }

    /** A heading wrapped onto more lines than its column's heading is tall: its first and last lines are clipped. */
    private static boolean cutByItsColumnHeader(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("column-header")) {
                Bounds label = node.localToScene(node.getLayoutBounds());
                Bounds header = n.localToScene(n.getLayoutBounds());
                return label.getMinY() < header.getMinY() - 1 || label.getMaxY() > header.getMaxY() + 1;
            }
        }
        return false;
    }

    private static boolean insideScrolling(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane || n instanceof TableView || n instanceof ListView) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        String table = "";
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TableView<?> && n.getId() != null) {
                table = " in #" + n.getId();
                break;
            }
        }
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()) + table;
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        if (!node.isVisible()) {
            return;
        }
        visit.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }
}
