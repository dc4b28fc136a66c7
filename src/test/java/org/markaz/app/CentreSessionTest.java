package org.markaz.app;

import org.markaz.app.CentreSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.security.ProgramActor;
import org.markaz.core.staff.StaffDetails;
import org.markaz.testsupport.TestServices;

/** Closing the window compacts the database: a day's commits leave it larger, nothing is lost. */
class CentreSessionTest {

    @TempDir
    Path temp;

    @Test
    void closingCompactedShrinksTheFileAndKeepsEveryRow() throws Exception {
        DataDirectory directory = new DataDirectory(temp.resolve("centre"));
        try (TestServices sample = TestServices.sampleCentreIn(directory)) {
            sample.services();
        }
        CentreSession session = new CentreSession(directory, Clock.systemDefaultZone(), new PasswordHasher(1_000),
                org.markaz.app.Features.all());
        for (int i = 0; i < 300; i++) { // a busy day: one commit each
            session.services().staff().addStaffMember(ProgramActor.COMMAND_LINE.actor(),
                    new StaffDetails("Корманд " + i, null, null, true), null);
        }
        long afterTheDay = Files.size(directory.databaseFile());
        session.closeCompacted();

        long closed = Files.size(directory.databaseFile());
        assertTrue(closed < afterTheDay / 2, "compacted from " + afterTheDay + " to " + closed + " bytes");
        assertTrue(closed <= fullyCompacted(directory) * 11 / 10, "as small as a full compaction makes it");
        try (TestServices reopened = TestServices.inDirectory(directory)) {
            assertEquals(9 + 300, reopened.count("staff"));
        }
    }

    /** The size a full compaction gives, tried on a copy. */
    private long fullyCompacted(DataDirectory directory) throws Exception {
        Path copy = temp.resolve("copy");
        Files.createDirectories(copy);
        Files.copy(directory.databaseFile(), copy.resolve("markaz.mv.db"));
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("markaz").toAbsolutePath(),
                "sa", ""); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        return Files.size(copy.resolve("markaz.mv.db"));
    }
}
