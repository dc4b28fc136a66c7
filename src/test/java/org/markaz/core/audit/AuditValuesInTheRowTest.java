package org.markaz.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;

/** V21: the audit trail's values are kept in the row up to 8 KB, in a new centre (made from the schema template) too. */
class AuditValuesInTheRowTest {

    @TempDir
    Path temp;

    @Test
    void aNewCentreKeepsAuditValuesUpTo8KbInTheRow() {
        try (Database fromTheTemplate = Database.open(new DataDirectory(temp.resolve("centre")))) {
            assertEquals("8192", inPlaceLimit(fromTheTemplate));
        }
        try (Database migrated = Database.inMemory("audit-values-in-the-row")) {
            assertEquals("8192", inPlaceLimit(migrated));
        }
    }

    private static String inPlaceLimit(Database database) {
        return String.valueOf(database.dsl().fetchValue("select setting_value from information_schema.settings"
                + " where setting_name = 'MAX_LENGTH_INPLACE_LOB'"));
    }
}
