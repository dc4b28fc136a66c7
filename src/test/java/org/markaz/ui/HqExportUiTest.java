package org.markaz.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The export screen as a director opens it: the last closed quarter's table, the log beside it. */
class HqExportUiTest extends UiTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    @Test
    void aDirectorSeesTheQuarterBesideTheOneBefore() {
        signIn("director", DEMO_PASSWORD);
        clickAndWait("#nav-hqexport");
        assertTrue(isShown("#hqLines"));
        assertTrue(isShown("#hqNamed"), "a director may add named records");
        assertTrue(textOf("#hqComparedWith").contains("2026Q2"), textOf("#hqComparedWith"));
        saveScreen("hq-export-director");
    }
}
