package org.markaz.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/madina");

    @Test
    void commandLineWinsOverEnvironment() {
        assertEquals(Path.of("/data/khj"), DataDirectory.resolve(Path.of("/data/khj"), Map.of("MARKAZ_HOME", "/other"),
                "Linux", HOME).root());
    }

    @Test
    void environmentWinsOverTheUsualPlace() {
        assertEquals(Path.of("/srv/markaz"), DataDirectory.resolve(null, Map.of("MARKAZ_HOME", "/srv/markaz"), "Linux", HOME).root());
    }

    @Test
    void usualPlacePerSystem() {
        assertEquals(Path.of("/home/madina/.local/share/markaz"), DataDirectory.resolve(null, Map.of(), "Linux", HOME).root());
        assertEquals(Path.of("/appdata/Markaz"),
                DataDirectory.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 10", HOME).root());
    }

    @Test
    void secondLockOnTheSameFolderIsRefusedUntilTheFirstIsReleased(@TempDir Path folder) {
        DataDirectory dataDirectory = new DataDirectory(folder);
        DatabaseLock first = DatabaseLock.acquire(dataDirectory);
        assertThrows(DatabaseInUseException.class, () -> DatabaseLock.acquire(dataDirectory));
        first.close();
        DatabaseLock.acquire(dataDirectory).close();
    }
}
