package org.markaz.core;

import java.time.Clock;
import java.time.ZoneId;
import org.markaz.admissions.AdmissionsRepository;
import org.markaz.admissions.AdmissionsService;
import org.markaz.children.ChildRepository;
import org.markaz.children.ChildrenService;
import org.markaz.children.FamilyRepository;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.audit.AuditService;
import org.markaz.core.backup.BackupKeys;
import org.markaz.core.backup.BackupRepository;
import org.markaz.core.backup.RepairService;
import org.markaz.core.backup.RestoreLogRepository;
import org.markaz.core.backup.BackupRestorer;
import org.markaz.core.backup.BackupService;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.db.Transactions;
import org.markaz.core.security.AccountService;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.security.UserRepository;
import org.markaz.setup.SetupService;
import org.markaz.figures.FiguresRepository;
import org.markaz.figures.FiguresService;
import org.markaz.register.RegisterRepository;
import org.markaz.register.RegisterService;
import org.markaz.core.centre.CentreRepository;
import org.markaz.core.centre.CentreService;
import org.markaz.core.staff.StaffRepository;
import org.markaz.core.staff.StaffService;

/** Every service of one open database, wired once; shared by the window and the command line. */
public record Services(DataDirectory dataDirectory, Database database, Transactions transactions, Clock clock, ZoneId zone,
                       CentreService centres, StaffService staff, AccountService accounts, AuditService audit,
                       BackupService backups, BackupRestorer restorer, RepairService repair, SetupService setup, ChildrenService children,
                       AdmissionsService admissions, RegisterService register, FiguresService figures) {

    public static Services create(DataDirectory dataDirectory, Database database, Clock clock, PasswordHasher hasher) {
        ZoneId zone = clock.getZone();
        var dsl = database.transactions();
        AuditRepository auditRepository = new AuditRepository(clock);
        BackupKeys keys = new BackupKeys(dataDirectory.root());
        BackupService backups = new BackupService(dataDirectory, database.dataSource(), dsl, new BackupRepository(), keys, clock);
        BackupRestorer restorer = new BackupRestorer(dataDirectory, clock, keys, new RestoreLogRepository(auditRepository));
        UserRepository users = new UserRepository(auditRepository);
        CentreService centres = new CentreService(dsl, new CentreRepository(auditRepository));
        StaffService staff = new StaffService(dsl, new StaffRepository(auditRepository), users, hasher);
        return new Services(dataDirectory, database, dsl, clock, zone,
                centres,
                staff,
                new AccountService(dsl, users, hasher, clock),
                new AuditService(dsl, auditRepository, zone),
                backups,
                restorer,
                new RepairService(backups, restorer),
                new SetupService(dsl, centres, staff),
                new ChildrenService(dsl, new FamilyRepository(auditRepository), new ChildRepository(auditRepository),
                        centres::code, clock),
                new AdmissionsService(dsl, new AdmissionsRepository(auditRepository), clock),
                new RegisterService(dsl, new RegisterRepository(auditRepository), new SettingRepository(auditRepository), clock),
                new FiguresService(dsl, new FiguresRepository()));
    }
}
