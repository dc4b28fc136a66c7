package org.markaz.core.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;
import org.markaz.core.audit.AuditAction;
import org.markaz.core.backup.BackupKind;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.demo.CoreScaleRepository.AuditRow;
import org.markaz.core.demo.CoreScaleRepository.BackupRow;
import org.markaz.core.feature.ScaleContext;
import org.markaz.core.feature.ScaleShare;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.ProgramActor;
import org.markaz.core.security.Role;

/**
 * The core's share of the scale dataset (docs/design.md §5.1): the centre, staff turnover over
 * the ten years with the accounts of half of them, the audit trail of their changes and a backup
 * record each evening. The {@code admin} user signs in with {@code markaz-demo}. Leaves the user
 * names ({@link ScaleUsers}) for the shares that sign their rows.
 */
public final class CoreScale implements ScaleShare {

    public static final int STAFF = 160;
    public static final int ACCOUNTS = 80;
    public static final int AUDIT_EVENTS = 60_000;
    private static final String CENTRE_CODE = "SCL";

    private final CoreScaleRepository repository = new CoreScaleRepository();

    @Override
    public Map<String, Integer> generate(ScaleContext context) {
        Random random = context.random("core");
        DSLContext tx = context.tx();
        context.services().centres().create(ProgramActor.GENERATOR.actor(), new CentreDetails(
                "Маркази санҷишии миқёс (10 сол)", CENTRE_CODE, "Вилояти Суғд", "ш. Хуҷанд, кӯчаи Ленин 1",
                "Фарҳод Назаров"));
        // one real hash, shared by every generated account: hashing each would take minutes
        String passwordHash = context.services().hasher().hash("markaz-demo".toCharArray());
        List<Long> userIds = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            Instant joined = context.anyMoment(random);
            boolean active = i < 40 || random.nextInt(4) == 0;
            long staffId = repository.insertStaff(tx, Names.staffName(random), Names.pick(random, Names.POSITIONS),
                    Names.phone(random), active, joined);
            if (i < ACCOUNTS) {
                Role role = i == 0 ? Role.ADMINISTRATOR : i == 1 ? Role.DIRECTOR : i % 7 == 0 ? Role.BOOKKEEPER : Role.KEY_WORKER;
                String username = i == 0 ? "admin" : "user" + i;
                Language language = Language.fromCode(Names.pick(random, List.of("ru", "tg", "tg", "en")));
                userIds.add(repository.insertUser(tx, staffId, username, passwordHash, role, language, active, joined));
                usernames.add(username);
            }
        }
        context.put(ScaleUsers.class, new ScaleUsers(List.copyOf(usernames)));
        Map<String, Integer> written = new LinkedHashMap<>();
        written.put("staff", STAFF);
        written.put("app_user", userIds.size());
        written.put("audit_event", auditTrail(context, random, userIds, usernames));
        written.put("backup_log", backupLog(context));
        return written;
    }

    private int auditTrail(ScaleContext context, Random random, List<Long> userIds, List<String> usernames) {
        List<AuditRow> events = new ArrayList<>(AUDIT_EVENTS);
        for (int i = 0; i < AUDIT_EVENTS; i++) {
            int who = random.nextInt(userIds.size());
            int subject = 1 + random.nextInt(STAFF);
            Instant at = context.anyMoment(random);
            String before = "{\"ID\":" + subject + ",\"PHONE\":\"" + Names.phone(random) + "\"}";
            String after = "{\"ID\":" + subject + ",\"PHONE\":\"" + Names.phone(random) + "\"}";
            events.add(new AuditRow(at, userIds.get(who), usernames.get(who), AuditAction.UPDATE, "staff",
                    Integer.toString(subject), before, after));
        }
        // the trail grows with time, as a real one does (and its time index fills at one end, which is much faster)
        events.sort(Comparator.comparing(AuditRow::at));
        repository.insertAuditEvents(context.tx(), events);
        return events.size();
    }

    private int backupLog(ScaleContext context) {
        List<BackupRow> backups = new ArrayList<>();
        for (LocalDate day = context.firstDay(); context.at(day, 18).isBefore(context.end()); day = day.plusDays(1)) {
            backups.add(new BackupRow(context.at(day, 18), BackupKind.ON_EXIT,
                    "markaz-" + CENTRE_CODE + "-" + day + "-exit.zip", 1_000_000L + backups.size(), "0".repeat(64),
                    "automatic backup"));
        }
        repository.insertBackupLog(context.tx(), backups);
        return backups.size();
    }
}
