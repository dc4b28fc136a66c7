package org.markaz.core.db;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.security.Actor;
import org.markaz.core.staff.StaffDetails;
import org.markaz.testsupport.TestServices;

/**
 * A process killed with SIGKILL in the middle of writes (as in a power cut of the program) leaves
 * a database that opens with every row it had reported committed.
 */
class KillNineTest {

    @TempDir
    Path temp;

    /** The child process: adds staff members through the service, printing each id once committed. */
    public static void main(String[] args) {
        try (TestServices test = TestServices.inDirectory(new DataDirectory(Path.of(args[0])))) {
            Actor admin = test.signIn("admin");
            for (int i = 0; ; i++) {
                long id = test.services().staff().addStaffMember(admin, new StaffDetails("Корманд " + i, null, null, true), null);
                System.out.println(id);
                System.out.flush();
            }
        }
    }

    @Test
    void killedWriterLosesNoCommittedRow() throws Exception {
        DataDirectory dataDirectory = new DataDirectory(temp.resolve("centre"));
        try (TestServices test = TestServices.sampleCentreIn(dataDirectory)) {
            test.services().backups();
        }
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillNineTest.class.getName(), dataDirectory.root().toString())
                .redirectErrorStream(false).start();
        List<Long> committed = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed.size() < 400 && (line = lines.readLine()) != null) {
                committed.add(Long.parseLong(line.strip()));
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
            writer.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(committed.size() >= 400, "the writer wrote");
        try (TestServices reopened = TestServices.inDirectory(dataDirectory)) {
            Actor admin = reopened.signIn("admin");
            var ids = reopened.services().staff().list(admin).stream().map(m -> m.staffId()).toList();
            for (long id : committed) {
                assertTrue(ids.contains(id), "committed staff member " + id + " survived");
            }
        }
    }
}
