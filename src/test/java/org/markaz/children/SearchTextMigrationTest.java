package org.markaz.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.security.Actor;
import org.markaz.shared.ChildRow;
import org.markaz.shared.FamilyRow;
import org.markaz.testsupport.TestServices;

/**
 * Issue 9: a centre made before the folding (schema 8, search texts of the old transliteration,
 * families without one) finds its records by the new folding once Markaz opens it.
 */
class SearchTextMigrationTest {

    @TempDir
    Path folder;

    @Test
    void aCentreAtSchemaEightIsRefoldedWhenItOpens() throws Exception {
        DataDirectory dataDirectory = new DataDirectory(folder.resolve("centre"));
        Files.createDirectories(dataDirectory.databaseFolder());
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dataDirectory.databaseBaseName());
        source.setUser("sa");
        Database.migrateTo(source, "8");
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("insert into family (id, code, district, settlement, phone) values "
                    + "(1, 'KHJ-0001', 'Спитамен', 'RURAL', '+992 90 377 48 91'), "
                    + "(2, 'KHJ-0002', 'Хуҷанд', 'URBAN', null)");
            statement.execute("insert into carer (family_id, full_name, phone) values (1, 'Дилором Қурбонова', null), "
                    + "(2, 'Ҷамшед Қаҳҳоров', '+992 92 417 36 08')");
            // the search text as Markaz 8 wrote it
            statement.execute("insert into child (family_id, full_name, search_text, sex, date_of_birth, birth_certificate) "
                    + "values (1, 'Иброҳим Қурбонов', 'иброҳим қурбонов ibrohim qurbonov khj-0001 спитамен spitamen', "
                    + "'M', date '2021-10-05', 'HAS')");
        }
        try (TestServices test = TestServices.inDirectory(dataDirectory)) {
            assertEquals(Database.LATEST_SCHEMA_VERSION, Database.appliedSchemaVersion(test.database().dataSource()));
            ChildrenService children = test.services().get(ChildrenService.class);
            Actor someone = Actor.system("test");
            for (String typed : List.of("курбон", "иброхим", "kurbon", "ibrokhim", "KHJ-0001", "spitamen")) {
                assertEquals(List.of("Иброҳим Қурбонов"),
                        children.search(someone, typed, false).stream().map(ChildRow::fullName).toList(), typed);
            }
            for (String typed : List.of("джамшед", "jamshed", "92 417 36 08", "KHJ-0002", "Хуҷанд")) {
                assertEquals(List.of("KHJ-0002"),
                        children.searchFamilies(someone, typed, false).stream().map(FamilyRow::code).toList(), typed);
            }
            assertTrue(children.searchFamilies(someone, "дилором 903774891", false).stream()
                    .anyMatch(family -> family.code().equals("KHJ-0001")), "the family's own phone");
            assertEquals(SearchTexts.child("Иброҳим Қурбонов", "KHJ-0001", "Спитамен"), test.database().dsl()
                    .fetchValue("select search_text from child where family_id = 1", String.class),
                    "the text the service writes");
        }
    }
}
