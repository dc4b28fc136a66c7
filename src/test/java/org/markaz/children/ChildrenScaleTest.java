package org.markaz.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.markaz.shared.FamilyRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.markaz.core.demo.Samples;
import org.markaz.core.feature.ScaleContext;
import org.markaz.core.security.Actor;
import org.markaz.shared.ChildRow;
import org.markaz.testsupport.ScaleDataset;
import org.markaz.testsupport.TestServices;

/** The children's share of the scale dataset. */
class ChildrenScaleTest {

    private static final long SEED = 42;
    private static final ZoneId ZONE = ZoneId.of("Asia/Dushanbe");

    private static TestServices test;
    private static Map<String, Integer> written;

    @BeforeAll
    static void useTheSharedDataset() {
        test = ScaleDataset.services();
        written = ScaleDataset.written();
    }

    @Test
    void writesTheFamiliesCarersAndChildrenOfTenBusyYears() {
        assertEquals(ChildrenScale.FAMILIES, test.count("family"));
        assertBetween(5_700, 6_300, test.count("child"));
        assertBetween(6_600, 7_400, test.count("carer"));
        assertBetween(test.count("child"), 3 * test.count("child"), test.count("child_carer"));
        for (String table : List.of("family", "carer", "child", "child_carer")) {
            assertEquals(test.count(table), written.get(table), table);
        }
    }

    @Test
    void everyChildHasACarerOfTheirOwnFamily() {
        assertEquals(0, count("select count(*) from child c where not exists "
                + "(select 1 from child_carer l where l.child_id = c.id)"));
        assertEquals(0, count("select count(*) from child_carer l join child c on c.id = l.child_id "
                + "join carer r on r.id = l.carer_id where r.family_id <> c.family_id"));
    }

    @Test
    void aboutATenthOfFamiliesAndChildrenAreArchivedWithAReason() {
        assertBetween(320, 480, count("select count(*) from family where archived_on is not null"));
        int children = test.count("child");
        assertBetween(children * 8 / 100, children * 15 / 100,
                count("select count(*) from child where archived_on is not null"));
        assertEquals(0, count("select count(*) from child c join family f on f.id = c.family_id "
                + "where f.archived_on is not null and c.archived_on is null"));
        assertEquals(0, count("select count(*) from child where archived_on is not null and archive_reason is null"));
    }

    @Test
    void familiesCameOverTenYearsWithChildrenAgedZeroToSeven() {
        List<Record> rows = dsl().fetch("select c.date_of_birth, f.created_at, c.created_at as child_created, "
                + "c.archived_on from child c join family f on f.id = c.family_id");
        Instant now = test.clock().instant();
        for (Record row : rows) {
            LocalDate born = row.get(0, LocalDate.class);
            Instant came = row.get(1, OffsetDateTime.class).toInstant();
            LocalDate joined = LocalDate.ofInstant(came, ZONE);
            int age = Period.between(born, joined).getYears();
            assertTrue(!born.isAfter(joined) && age <= 7, born + " joined " + joined);
            assertFalse(came.isAfter(now));
            assertFalse(row.get(2, OffsetDateTime.class).toInstant().isBefore(came));
            LocalDate archived = row.get(3, LocalDate.class);
            assertTrue(archived == null || !archived.isBefore(joined), "archived before the family came");
        }
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        for (int year = 0; year < ScaleContext.YEARS; year++) {
            LocalDate from = today.minusYears(ScaleContext.YEARS - year);
            int came = count("select count(*) from family where created_at >= ? and created_at < ?",
                    from.atStartOfDay(ZONE).toOffsetDateTime(), from.plusYears(1).atStartOfDay(ZONE).toOffsetDateTime());
            assertBetween(300, 500, came);
        }
    }

    @Test
    void siblingsAreTwinsOrMoreThanAYearApart() {
        assertEquals(0, count("select count(*) from child a join child b on a.family_id = b.family_id and a.id < b.id "
                + "where a.date_of_birth <> b.date_of_birth "
                + "and abs(datediff(day, a.date_of_birth, b.date_of_birth)) < 420"));
        assertBetween(1_500, 2_000, count("select count(*) from (select family_id from child group by family_id "
                + "having count(*) > 1)"));
    }

    @Test
    void codesRiseWithTimeAndAboutFortyPercentLiveInVillages() {
        List<String> codesByTime = dsl().fetch("select code from family order by created_at, id").getValues(0, String.class);
        assertEquals("SCL-0001", codesByTime.get(0));
        assertEquals("SCL-4000", codesByTime.get(3_999));
        assertEquals(codesByTime.stream().sorted().toList(), codesByTime);
        assertBetween(1_400, 2_000, count("select count(*) from family where settlement = 'RURAL'"));
        assertEquals(0, count("select count(*) from family where settlement = 'RURAL' and jamoat is null"));
    }

    @Test
    void theSearchTextIsTheOneTheChildrenServiceWrites() {
        List<Record> rows = dsl().fetch("select c.full_name, f.code, f.district, c.search_text from child c "
                + "join family f on f.id = c.family_id order by c.id");
        for (Record row : rows) {
            assertEquals(ChildrenService.searchText(row.get(0, String.class), row.get(1, String.class),
                    row.get(2, String.class)), row.get(3, String.class));
        }
    }

    @Test
    void theFamilySearchTextIsTheOneTheChildrenServiceWrites() {
        Map<Long, List<FamilyRow.Carer>> carers = new java.util.HashMap<>();
        for (Record carer : dsl().fetch("select family_id, id, full_name, phone from carer order by id")) {
            carers.computeIfAbsent(carer.get(0, Long.class), k -> new java.util.ArrayList<>())
                    .add(new FamilyRow.Carer(carer.get(1, Long.class), carer.get(2, String.class), carer.get(3, String.class)));
        }
        for (Record family : dsl().fetch("select id, code, district, phone, search_text from family order by id")) {
            assertEquals(SearchTexts.family(family.get(1, String.class), family.get(2, String.class),
                    family.get(3, String.class), carers.getOrDefault(family.get(0, Long.class), List.of())),
                    family.get(4, String.class));
        }
    }

    @Test
    void generatedFamiliesAreFoundByCarerAndPhone() {
        Actor someone = Actor.system("test");
        ChildrenService children = test.services().get(ChildrenService.class);
        Record carer = dsl().fetch("select c.full_name, c.phone, f.code from carer c join family f on f.id = c.family_id "
                + "where c.phone is not null and f.archived_on is null order by c.id").get(500);
        List<String> byName = children.searchFamilies(someone, carer.get(0, String.class), false).stream()
                .map(FamilyRow::code).toList();
        assertTrue(byName.contains(carer.get(2, String.class)), byName.toString());
        List<FamilyRow> byPhone = children.searchFamilies(someone, carer.get(1, String.class), false);
        assertTrue(byPhone.stream().anyMatch(f -> f.code().equals(carer.get(2, String.class))));
        assertEquals(ChildrenService.SEARCH_LIMIT, children.searchFamilies(someone, "", true).size());
    }

    @Test
    void generatedChildrenAreFoundLikeAnyOther() {
        Actor someone = Actor.system("test");
        List<ChildRow> family = test.services().get(ChildrenService.class).search(someone, "SCL-0100", true);
        assertFalse(family.isEmpty());
        assertTrue(family.stream().allMatch(child -> child.familyCode().equals("SCL-0100")));
        assertEquals(ChildrenService.SEARCH_LIMIT, test.services().get(ChildrenService.class).search(someone, "", false).size());
    }

    private static DSLContext dsl() {
        return test.database().dsl();
    }

    private static int count(String sql, Object... binds) {
        return dsl().fetchOne(sql, binds).get(0, Integer.class);
    }

    private static void assertBetween(int low, int high, int actual) {
        assertTrue(actual >= low && actual <= high, actual + " is not between " + low + " and " + high);
    }
}
