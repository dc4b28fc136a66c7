package org.markaz.hqexport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import org.markaz.core.MarkazException;
import org.markaz.core.ProgramVersion;
import org.markaz.core.ProgressListener;
import org.markaz.core.ValidationException;
import org.markaz.core.backup.BackupArchive;
import org.markaz.core.backup.BackupService;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.centre.SettingRepository;
import org.markaz.core.db.Database;
import org.markaz.core.db.TableWrites;
import org.markaz.core.db.Transactions;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.feature.IndicatorSource;
import org.markaz.core.feature.IndicatorValues;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.Validation.FieldName;

/**
 * The export for headquarters (issue 13): the indicator table of a month, quarter or year, and the
 * package made of it, saved to a folder and kept in the log. Every refusal comes before anything
 * is written; a failure while writing leaves nothing half-written behind.
 */
public final class HqExportService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HqExportService.class);

    /** The setting holding the centre's DHIS2 organisation unit id. */
    public static final String ORG_UNIT_SETTING = "dhis2.org_unit";
    /** The folder of the data folder where each package made is kept, to be saved again. */
    static final String STORE = "hq-exports";
    public static final String FOLDER_FIELD = "hq.field.folder";
    public static final String REASON_FIELD = "hq.field.reason";
    public static final String PASSPHRASE_FIELD = "hq.field.passphrase";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Transactions transactions;
    private final HqExportRepository exports;
    private final PackageContents contents;
    private final SettingRepository settings;
    private final Supplier<List<IndicatorSource>> sources;
    private final java.util.function.Function<Actor, CentreDetails> centre;
    private final Supplier<String> centreCode;
    private final Path dataFolder;
    private final Clock clock;
    private final KeptCounts kept;

    public HqExportService(Transactions transactions, TableWrites writes, HqExportRepository exports, PackageRecordsRepository records,
                           org.markaz.aid.AidIndicatorsRepository aid, SettingRepository settings,
                           Supplier<List<IndicatorSource>> sources, java.util.function.Function<Actor, CentreDetails> centre,
                           Supplier<String> centreCode, Path dataFolder, Clock clock) {
        this.transactions = transactions;
        this.exports = exports;
        this.contents = new PackageContents(records, aid);
        this.settings = settings;
        this.sources = sources;
        this.centre = centre;
        this.centreCode = centreCode;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.kept = new KeptCounts(writes);
    }

    /** Every indicator, in the order of the table. */
    public List<IndicatorDefinition> catalogue() {
        return sources.get().stream().flatMap(source -> source.definitions().stream()).toList();
    }

    /** A period's indicator table beside the one before's, as the screen shows them. */
    public record Compared(IndicatorTable now, IndicatorTable before) {
    }

    /**
     * The tables of a period and of the one before ({@link #table}), counted at the same time, each
     * in its own transaction on its own thread: what is not kept takes half as long on the office
     * PC's two cores.
     */
    public Compared tableBesideThePrevious(Actor actor, ExportPeriod period) {
        actor.require(Permission.EXPORT_HQ);
        CompletableFuture<IndicatorTable> before = CompletableFuture.supplyAsync(() -> table(actor, period.previous()));
        IndicatorTable now = table(actor, period);
        try {
            return new Compared(now, before.join());
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException refused ? refused : failed;
        }
    }

    /**
     * The indicator table of a period as the screen shows it: each source's values kept from an
     * earlier count while no table it read was written since, else counted now (ADR 0028); the
     * same figures as a fresh count ({@link #compute}) at this moment.
     */
    public IndicatorTable table(Actor actor, ExportPeriod period) {
        actor.require(Permission.EXPORT_HQ);
        long moment = kept.now();
        return transactions.result(tx -> {
            IndicatorValues values = new IndicatorValues();
            StringBuilder times = new StringBuilder();
            long start = System.nanoTime();
            for (IndicatorSource source : sources.get()) {
                long sourceStart = System.nanoTime();
                boolean current = kept.isCurrent(source, period);
                addAll(values, kept.values(tx, moment, actor, source, period));
                times.append(' ').append(source.getClass().getSimpleName()).append('=')
                        .append(current ? "kept" : Long.toString(millisSince(sourceStart)));
            }
            LOG.info("Indicators of {} for the screen in {} ms:{}", period.label(), millisSince(start), times);
            return new IndicatorTable(period, catalogue(), values);
        });
    }

    /** The table of a period counted now, nothing kept used: what {@link #table} must equal (tests). */
    IndicatorTable fresh(Actor actor, ExportPeriod period) {
        actor.require(Permission.EXPORT_HQ);
        return transactions.result(tx -> compute(tx, actor, period));
    }

    /** The simple names of the sources whose values of the period are kept and current (tests). */
    java.util.Set<String> keptSources(ExportPeriod period) {
        return sources.get().stream().filter(source -> kept.isCurrent(source, period))
                .map(source -> source.getClass().getSimpleName()).collect(java.util.stream.Collectors.toSet());
    }

    /** Every indicator of a period counted now, in the caller's transaction: the package's figures. */
    private IndicatorTable compute(org.jooq.DSLContext tx, Actor actor, ExportPeriod period) {
        IndicatorValues values = new IndicatorValues();
        StringBuilder times = new StringBuilder();
        long start = System.nanoTime();
        for (IndicatorSource source : sources.get()) {
            long sourceStart = System.nanoTime();
            source.compute(tx, actor, period.indicatorPeriod(), values);
            times.append(' ').append(source.getClass().getSimpleName()).append('=').append(millisSince(sourceStart));
        }
        LOG.info("Indicators of {} counted in {} ms:{}", period.label(), millisSince(start), times);
        return new IndicatorTable(period, catalogue(), values);
    }

    private static void addAll(IndicatorValues into, IndicatorValues from) {
        for (IndicatorValues.Value value : from.all()) {
            if (value.dimension().isEmpty()) {
                into.total(value.code(), value.value());
            } else {
                into.by(value.code(), value.dimension(), value.category(), value.categoryKey(), value.value());
            }
        }
    }

    /** Days of the period with marks in the register that were never closed. */
    public List<LocalDate> unclosedDays(Actor actor, ExportPeriod period) {
        actor.require(Permission.EXPORT_HQ);
        return transactions.result(tx -> exports.unclosedDays(tx, period.from(), period.to()));
    }

    /** The packages made, the newest first. */
    public List<ExportRecord> log(Actor actor) {
        actor.require(Permission.EXPORT_HQ);
        return transactions.result(exports::log);
    }

    /** The name a package of this period is saved under: the centre's code and the period. */
    public String fileName(ExportPeriod period) {
        return centreCode.get() + "-" + period.label() + ".zip";
    }

    /**
     * Makes the package of a period and saves it in {@code request.folder()}. Refused, with nothing
     * written: a period that has not begun, named records asked by anyone but a director or without a
     * reason or passphrase, a passphrase too short, a folder that is missing or cannot be written, a
     * file of that name already there. A period not yet over, or with register days left open, is
     * only made once the user has confirmed it ({@link ExportResult.NeedsConfirmation}).
     */
    public ExportResult export(Actor actor, ExportRequest request, ProgressListener progress) {
        actor.require(Permission.EXPORT_HQ);
        String reason = request.namedReason() == null ? null : request.namedReason().strip();
        if (request.namedReason() != null) {
            actor.require(Permission.EXPORT_NAMED_RECORDS);
            if (reason.isEmpty()) {
                throw new ValidationException("error.hqNamedNeedsReason", new FieldName(REASON_FIELD));
            }
            if (reason.length() > 500) {
                throw new ValidationException("error.hqReasonTooLong", 500, new FieldName(REASON_FIELD));
            }
            if (request.passphrase() == null) {
                throw new ValidationException("error.hqNamedNeedsPassphrase", new FieldName(PASSPHRASE_FIELD));
            }
        }
        if (request.passphrase() != null && (request.passphrase().length < BackupService.MIN_PASSPHRASE_LENGTH
                || new String(request.passphrase()).isBlank())) {
            throw new ValidationException("error.passphraseTooShort", BackupService.MIN_PASSPHRASE_LENGTH,
                    new FieldName(PASSPHRASE_FIELD));
        }
        ExportPeriod period = request.period();
        LocalDate today = LocalDate.now(clock);
        if (period.from().isAfter(today)) {
            throw new ValidationException("error.hqPeriodFuture", period.label());
        }
        Path target = checkFolder(request.folder()).resolve(fileName(period));
        if (Files.exists(target)) {
            throw new ValidationException("error.hqFileExists", target.toString(), new FieldName(FOLDER_FIELD));
        }
        boolean open = !period.to().isBefore(today);
        List<LocalDate> unclosed = request.unclosedDaysConfirmed() ? List.of() : unclosedDays(actor, period);
        if ((open && !request.periodOpenConfirmed()) || !unclosed.isEmpty()) {
            return new ExportResult.NeedsConfirmation(open && !request.periodOpenConfirmed(), unclosed);
        }
        return write(actor, request, reason, target, progress);
    }

    private static Path checkFolder(Path folder) {
        if (folder == null) {
            throw new ValidationException("error.hqFolderNeeded", new FieldName(FOLDER_FIELD));
        }
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new ValidationException("error.hqFolderNotWritable", folder.toString(), new FieldName(FOLDER_FIELD));
        }
        return folder;
    }

    private ExportResult write(Actor actor, ExportRequest request, String reason, Path target, ProgressListener progress) {
        ExportPeriod period = request.period();
        Instant now = clock.instant();
        // the time and a random tail: two packages of a period made in the same second keep both copies
        String stored = centreCode.get() + "-" + period.label() + "-" + STAMP.format(now) + "-"
                + java.util.UUID.randomUUID().toString().substring(0, 8) + ".zip";
        Path store = dataFolder.resolve(STORE);
        Path storedFile = store.resolve(stored);
        Path storedPart = store.resolve(stored + ".part");
        Path targetPart = target.resolveSibling(target.getFileName() + ".part");
        Localization russian = new Localization(Language.RUSSIAN);
        try {
            Files.createDirectories(store);
            transactions.run(tx -> {
                IndicatorTable table = compute(tx, actor, period);
                CentreDetails details = centre.apply(actor);
                PackageContents.Header header = new PackageContents.Header(details, period, Database.LATEST_SCHEMA_VERSION,
                        ProgramVersion.current(), now, actor.username(), reason != null);
                String orgUnit = settings.find(tx, ORG_UNIT_SETTING).filter(set -> !set.isBlank())
                        .orElse(Dhis2.uid("orgUnit:" + details.code()));
                byte[] pdf = SummaryPdf.write(details, table, russian);
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(storedPart));
                     ZipOutputStream zip = request.passphrase() == null ? new ZipOutputStream(file)
                             : new ZipOutputStream(file, request.passphrase())) {
                    contents.write(tx, new PackageWriter(zip, request.passphrase()), header, table, russian,
                            new Pseudonyms(exports.secret(tx)), orgUnit, exports.dhis2Mapping(tx), pdf, progress);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            progress.progress(9, 10, "hq.step.saving");
            Files.move(storedPart, storedFile, StandardCopyOption.ATOMIC_MOVE);
            Files.copy(storedFile, targetPart, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(targetPart, StandardOpenOption.WRITE)) {
                channel.force(true); // a USB stick pulled out next must hold the whole package
            }
            Files.move(targetPart, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | java.io.UncheckedIOException e) {
            deleteQuietly(storedPart, storedFile, targetPart);
            throw new MarkazException("error.hqWriteFailed", e, target.toString());
        } catch (RuntimeException e) {
            deleteQuietly(storedPart, storedFile, targetPart);
            throw e;
        }
        try {
            ExportRecord row = new ExportRecord(null, now, actor.username(), period.label(), period.from(), period.to(), stored,
                    Files.size(storedFile), BackupArchive.sha256(storedFile), request.passphrase() != null, reason);
            long id = transactions.result(tx -> exports.insert(tx, actor, row));
            progress.progress(10, 10, "hq.step.done");
            return new ExportResult.Made(transactions.result(tx -> exports.entry(tx, id)).orElseThrow(), target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(storedFile, target);
            throw e instanceof IOException io ? new MarkazException("error.hqWriteFailed", io, target.toString())
                    : (RuntimeException) e;
        }
    }

    /** Saves a package of the log again, in a folder (another USB stick), under its usual name. */
    public Path saveAgain(Actor actor, long exportId, Path folder) {
        actor.require(Permission.EXPORT_HQ);
        ExportRecord entry = transactions.result(tx -> exports.entry(tx, exportId))
                .orElseThrow(() -> new ValidationException("error.hqNoSuchPackage"));
        Path stored = dataFolder.resolve(STORE).resolve(entry.fileName());
        if (!Files.exists(stored)) {
            // the sample centre's packages, or a data folder copied without its hq-exports folder
            throw new MarkazException("error.hqPackageNotKept", entry.period());
        }
        if (!BackupArchive.sha256(stored).equals(entry.sha256())) {
            throw new MarkazException("error.hqStoredPackageChanged", entry.fileName());
        }
        Path target = checkFolder(folder).resolve(centreCode.get() + "-" + entry.period() + ".zip");
        if (Files.exists(target)) {
            throw new ValidationException("error.hqFileExists", target.toString(), new FieldName(FOLDER_FIELD));
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.copy(stored, part);
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            deleteQuietly(part);
            throw new MarkazException("error.hqWriteFailed", e, target.toString());
        }
    }

    private static void deleteQuietly(Path... files) {
        List<Path> left = new ArrayList<>(List.of(files));
        for (Path file : left) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a left-over .part has no package's name and is never taken for one
            }
        }
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }
}
