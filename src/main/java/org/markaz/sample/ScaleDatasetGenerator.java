package org.markaz.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.markaz.core.Services;
import org.markaz.core.security.Actor;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.security.Role;
import org.markaz.settings.CentreDetails;

/**
 * Ten years of a busy centre (DESIGN.md §5), the same every time for the same seed, for the
 * benchmark. Each feature adds its share; the spine's is staff turnover, their accounts, the
 * audit trail of their changes and a daily backup record. The {@code admin} user signs in with
 * {@code markaz-demo}.
 */
public final class ScaleDatasetGenerator {

    public static final int YEARS = 10;
    public static final int STAFF = 160;
    public static final int AUDIT_EVENTS = 60_000;
    private static final int BATCH = 2_000;

    private final long seed;
    private final ScaleDatasetRepository repository = new ScaleDatasetRepository();

    public ScaleDatasetGenerator(long seed) {
        this.seed = seed;
    }

    /** Fills an empty, migrated database; returns the number of rows written per table. */
    public Map<String, Integer> generate(Services services) {
        Random random = new Random(seed);
        ZoneId zone = services.zone();
        LocalDate firstDay = LocalDate.now(services.clock()).minusYears(YEARS);
        Instant start = firstDay.atStartOfDay(zone).toInstant();
        Instant end = services.clock().instant();
        // one real hash, shared by every generated account: hashing each would take minutes
        String passwordHash = new PasswordHasher().hash("markaz-demo".toCharArray());
        Map<String, Integer> written = new LinkedHashMap<>();
        services.setup().fillNewCentre(tx -> {
            services.centres().create(tx, Actor.system("generator"), new CentreDetails(
                    "Маркази санҷишии миқёс (10 сол)", "SCL", "Вилояти Суғд", "ш. Хуҷанд, кӯчаи Ленин 1", "Фарҳод Назаров"));
            List<Long> userIds = new ArrayList<>();
            List<String> usernames = new ArrayList<>();
            for (int i = 0; i < STAFF; i++) {
                Instant joined = between(random, start, end);
                boolean active = i < 40 || random.nextInt(4) == 0;
                long staffId = repository.insertStaff(tx, Names.fullName(random), Names.pick(random, Names.POSITIONS),
                        Names.phone(random), active, joined);
                if (i < 80) {
                    Role role = i == 0 ? Role.ADMINISTRATOR : i == 1 ? Role.DIRECTOR : i % 7 == 0 ? Role.BOOKKEEPER : Role.KEY_WORKER;
                    String username = i == 0 ? "admin" : "user" + i;
                    userIds.add(repository.insertUser(tx, staffId, username, passwordHash, role.name(),
                            Names.pick(random, List.of("ru", "tg", "tg", "en")), active, joined));
                    usernames.add(username);
                }
            }
            written.put("staff", STAFF);
            written.put("app_user", userIds.size());
            written.put("audit_event", auditTrail(tx, random, start, end, userIds, usernames));
            written.put("backup_log", backupLog(tx, firstDay, zone, end));
        });
        return written;
    }

    private int auditTrail(DSLContext tx, Random random, Instant start, Instant end, List<Long> userIds, List<String> usernames) {
        List<Query> batch = new ArrayList<>();
        for (int i = 0; i < AUDIT_EVENTS; i++) {
            int who = random.nextInt(userIds.size());
            int subject = 1 + random.nextInt(STAFF);
            batch.add(repository.auditEvent(tx, between(random, start, end), userIds.get(who), usernames.get(who), "UPDATE",
                    "staff", Integer.toString(subject),
                    "{\"ID\":" + subject + ",\"PHONE\":\"" + Names.phone(random) + "\"}",
                    "{\"ID\":" + subject + ",\"PHONE\":\"" + Names.phone(random) + "\"}"));
            if (batch.size() == BATCH) {
                repository.execute(tx, batch);
                batch.clear();
            }
        }
        repository.execute(tx, batch);
        return AUDIT_EVENTS;
    }

    private int backupLog(DSLContext tx, LocalDate firstDay, ZoneId zone, Instant end) {
        List<Query> batch = new ArrayList<>();
        int count = 0;
        for (LocalDate day = firstDay; day.atTime(18, 0).atZone(zone).toInstant().isBefore(end); day = day.plusDays(1)) {
            Instant at = day.atTime(18, 0).atZone(zone).toInstant();
            batch.add(repository.backupLog(tx, at, "ON_EXIT", "markaz-SCL-" + day + "-exit.zip", 1_000_000L + count,
                    "0".repeat(64), "automatic backup"));
            count++;
            if (batch.size() == BATCH) {
                repository.execute(tx, batch);
                batch.clear();
            }
        }
        repository.execute(tx, batch);
        return count;
    }

    private static Instant between(Random random, Instant start, Instant end) {
        long span = Duration.between(start, end).getSeconds();
        return start.plusSeconds((long) (random.nextDouble() * span));
    }
}
