package org.markaz.core.feature;

import org.markaz.core.centre.SettingRepository;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.markaz.core.audit.AuditRepository;
import org.markaz.core.audit.AuditService;
import org.markaz.core.backup.BackupKeys;
import org.markaz.core.backup.BackupRepository;
import org.markaz.core.backup.BackupRestorer;
import org.markaz.core.backup.BackupService;
import org.markaz.core.backup.RepairService;
import org.markaz.core.backup.RestoreLogRepository;
import org.markaz.core.centre.CentreRepository;
import org.markaz.core.centre.CentreService;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.db.Database;
import org.markaz.core.db.Transactions;
import org.markaz.core.feature.Feature;
import org.markaz.core.staff.AccountService;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.security.RecordScope;
import org.markaz.core.staff.UserRepository;
import org.markaz.core.staff.StaffRepository;
import org.markaz.core.staff.StaffService;

/**
 * Every service of one open database: the core's, built here, and each feature's, which the
 * feature adds itself ({@link Feature#addServices}) and others find by type with {@link #get}.
 * Shared by the window and the command line.
 */
public final class Services {

    private final DataDirectory dataDirectory;
    private final Database database;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final AuditRepository auditRepository;
    private final SettingRepository settings;
    private final CentreService centres;
    private final StaffService staff;
    private final AccountService accounts;
    private final AuditService audit;
    private final BackupService backups;
    private final BackupRestorer restorer;
    private final RepairService repair;
    private final Map<Class<?>, Object> featureServices = new LinkedHashMap<>();
    private volatile RecordScope recordScope = RecordScope.EVERY_CHILD;

    private Services(DataDirectory dataDirectory, Database database, Clock clock, PasswordHasher hasher) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.clock = clock;
        this.hasher = hasher;
        Transactions transactions = database.transactions();
        this.auditRepository = new AuditRepository(clock, transactions);
        this.settings = new SettingRepository(auditRepository);
        UserRepository users = new UserRepository(auditRepository);
        this.centres = new CentreService(transactions, new CentreRepository(auditRepository), settings);
        this.staff = new StaffService(transactions, new StaffRepository(auditRepository), users, hasher);
        this.accounts = new AccountService(transactions, users, hasher, clock);
        this.audit = new AuditService(transactions, auditRepository, clock.getZone());
        BackupKeys keys = new BackupKeys(dataDirectory.root());
        this.backups = new BackupService(dataDirectory, database.dataSource(), transactions, new BackupRepository(), keys, clock);
        this.restorer = new BackupRestorer(dataDirectory, clock, keys, new RestoreLogRepository(auditRepository));
        this.repair = new RepairService(backups, restorer);
    }

    /** The core's services and then, in the order given, each feature's. */
    public static Services create(DataDirectory dataDirectory, Database database, Clock clock, PasswordHasher hasher,
                                  List<Feature> features) {
        Services services = new Services(dataDirectory, database, clock, hasher);
        features.forEach(feature -> feature.addServices(services));
        return services;
    }

    /** A feature adds one of its services. */
    public <T> void add(Class<T> type, T service) {
        if (featureServices.putIfAbsent(type, service) != null) {
            throw new IllegalStateException(type.getSimpleName() + " was added twice");
        }
    }

    /** A feature's service, by its type; a feature listed later than the one asking is not there yet. */
    public <T> T get(Class<T> type) {
        Object service = featureServices.get(type);
        if (service == null) {
            throw new IllegalStateException(type.getSimpleName() + " is not among the services: is its feature listed?");
        }
        return type.cast(service);
    }

    /** Which children's records each user may open; the caseload feature narrows it for key workers. */
    public RecordScope recordScope() {
        return recordScope;
    }

    /** A feature that decides whose records a user may open sets it while services are built. */
    public void narrowRecordScope(RecordScope scope) {
        this.recordScope = scope;
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public Database database() {
        return database;
    }

    public Transactions transactions() {
        return database.transactions();
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    /** For feature repositories, which write their audit entries in the caller's transaction. */
    public AuditRepository auditRepository() {
        return auditRepository;
    }

    public SettingRepository settings() {
        return settings;
    }

    public CentreService centres() {
        return centres;
    }

    public StaffService staff() {
        return staff;
    }

    public AccountService accounts() {
        return accounts;
    }

    public AuditService audit() {
        return audit;
    }

    public BackupService backups() {
        return backups;
    }

    public BackupRestorer restorer() {
        return restorer;
    }

    public RepairService repair() {
        return repair;
    }
}
