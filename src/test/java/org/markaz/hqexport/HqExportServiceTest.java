package org.markaz.hqexport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.model.FileHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.markaz.core.MarkazException;
import org.markaz.core.ProgressListener;
import org.markaz.core.ValidationException;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.AccessDeniedException;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

/** The package: the same data gives the same files, no name leaves the centre, every refusal writes nothing. */
class HqExportServiceTest {

    @TempDir
    static Path dir;
    private static TestServices test;
    private static HqExportService export;
    private static Actor director;
    private static Actor admin;

    @BeforeAll
    static void sample() throws IOException {
        test = TestServices.sampleCentreIn(new DataDirectory(Files.createDirectories(dir.resolve("data"))));
        export = test.services().get(HqExportService.class);
        director = test.signIn("director");
        admin = test.signIn("admin");
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private static Path folder(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    private static ExportResult.Made make(Actor actor, ExportRequest request) {
        return assertInstanceOf(ExportResult.Made.class, export.export(actor, request, ProgressListener.NONE));
    }

    static Map<String, byte[]> entries(Path zip, char[] passphrase) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile(), passphrase)) {
            for (FileHeader header : file.getFileHeaders()) {
                try (InputStream in = file.getInputStream(header)) {
                    entries.put(header.getFileName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    @Test
    void theSamePeriodTwiceGivesTheSameFilesAndNoNameLeavesTheCentre() throws Exception {
        ExportPeriod q3 = ExportPeriod.parse("2026Q3");
        int logged = export.log(director).size();
        Path first = make(director, ExportRequest.of(q3, folder("once")).confirmed()).file();
        test.clock().advance(Duration.ofMinutes(5));
        Path second = make(admin, ExportRequest.of(q3, folder("twice")).confirmed()).file();
        assertEquals("KHJ-2026Q3.zip", first.getFileName().toString());
        assertEquals(logged + 2, export.log(director).size());
        Map<String, byte[]> a = entries(first, null);
        Map<String, byte[]> b = entries(second, null);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.keySet().containsAll(List.of("indicators.csv", "children.csv", "enrolments.csv", "attendance.csv",
                "bed-stays.csv", "cases.csv", "aid.csv", "summary.pdf", "manifest.json", "dhis2-datavalueset.json",
                "dhis2-metadata.json")), a.keySet().toString());
        for (String name : a.keySet()) {
            if (!name.equals("manifest.json")) {
                assertArrayEquals(a.get(name), b.get(name), name + " differs between two exports of the same data");
            }
        }
        Map<?, ?> manifestA = (Map<?, ?>) Json.read(new String(a.get("manifest.json"), StandardCharsets.UTF_8));
        Map<?, ?> manifestB = (Map<?, ?>) Json.read(new String(b.get("manifest.json"), StandardCharsets.UTF_8));
        assertEquals(manifestA.get("files"), manifestB.get("files"));
        assertEquals("KHJ", ((Map<?, ?>) manifestA.get("centre")).get("code"));

        String indicators = new String(a.get("indicators.csv"), StandardCharsets.UTF_8);
        assertTrue(indicators.startsWith("\uFEFFcode;name;disaggregation;value\r\n"), indicators.substring(0, 60));
        assertTrue(indicators.contains("Семьи, получившие поддержку"), "Cyrillic names intact");

        List<String> secrets = new ArrayList<>();
        try (var c = test.database().dataSource().getConnection(); var s = c.createStatement();
             var r = s.executeQuery("select full_name from child union select full_name from carer union select phone from carer"
                     + " where phone is not null union select phone from family where phone is not null"
                     + " union select notes from child where notes is not null union select address from family where address is not null")) {
            while (r.next()) {
                secrets.add(r.getString(1));
            }
        }
        assertTrue(secrets.size() > 50, secrets.size() + " names, phones and notes to look for");
        for (var entry : a.entrySet()) {
            if (entry.getKey().endsWith(".pdf")) {
                continue; // its text is compressed; the PDF holds only the indicator table
            }
            String text = new String(entry.getValue(), StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertFalse(text.contains(secret), entry.getKey() + " holds a name, phone, address or note");
            }
        }
        Map<?, ?> dhis2 = (Map<?, ?>) Json.read(new String(a.get("dhis2-datavalueset.json"), StandardCharsets.UTF_8));
        List<?> values = (List<?>) dhis2.get("dataValues");
        assertEquals(indicators.split("\r\n").length - 1, values.size(), "every cell of the table goes to DHIS2");
        for (Object value : values) {
            Map<?, ?> one = (Map<?, ?>) value;
            assertTrue(String.valueOf(one.get("dataElement")).matches("[A-Za-z][A-Za-z0-9]{10}"), one.toString());
            assertEquals("2026Q3", one.get("period"));
        }
    }

    @Test
    void namedRecordsOnlyByTheDirectorWithAReasonAndAlwaysEncrypted() throws IOException {
        ExportPeriod period = ExportPeriod.parse("2026-08");
        Path out = folder("named");
        char[] passphrase = "the river and the mountain".toCharArray();
        int logged = test.count("hq_export");
        int audited = test.count("audit_event");
        assertThrows(AccessDeniedException.class, () -> export.export(admin,
                new ExportRequest(period, out, passphrase, "HQ audit of case files", true, true), ProgressListener.NONE));
        assertThrows(ValidationException.class, () -> export.export(director,
                new ExportRequest(period, out, passphrase, "  ", true, true), ProgressListener.NONE));
        assertThrows(ValidationException.class, () -> export.export(director,
                new ExportRequest(period, out, null, "HQ audit of case files", true, true), ProgressListener.NONE));
        assertThrows(ValidationException.class, () -> export.export(director,
                new ExportRequest(period, out, "short".toCharArray(), "HQ audit of case files", true, true), ProgressListener.NONE));
        assertEquals(logged, test.count("hq_export"));
        assertEquals(audited, test.count("audit_event"));
        try (var files = Files.list(out)) {
            assertEquals(0, files.count(), "nothing written");
        }
        var made = make(director, new ExportRequest(period, out, passphrase, "HQ audit of case files", true, true));
        assertTrue(made.record().encrypted() && made.record().namedRecords());
        try (ZipFile zip = new ZipFile(made.file().toFile())) {
            assertTrue(zip.isEncrypted());
        }
        assertTrue(entries(made.file(), passphrase).containsKey("named-children.csv"));
        assertThrows(Exception.class, () -> entries(made.file(), "a wrong passphrase!".toCharArray()));
    }

    @Test
    void badRequestsAreRefusedAndWriteNothing() throws IOException {
        int logged = test.count("hq_export");
        Path out = folder("refused");
        assertThrows(ValidationException.class, () -> ExportPeriod.parse("2026Q5"));
        assertThrows(ValidationException.class, () -> ExportPeriod.parse("26-09"));
        assertThrows(ValidationException.class, () -> ExportPeriod.parse("2026-13"));
        assertThrows(ValidationException.class, () -> export.export(director, ExportRequest.of(ExportPeriod.parse("2027Q1"), out),
                ProgressListener.NONE), "a period in the future");
        assertThrows(ValidationException.class, () -> export.export(director,
                ExportRequest.of(ExportPeriod.parse("2026Q2"), dir.resolve("no-such-folder")), ProgressListener.NONE));
        assertThrows(AccessDeniedException.class, () -> export.export(test.signIn("keyworker"),
                ExportRequest.of(ExportPeriod.parse("2026Q2"), out), ProgressListener.NONE));
        var open = assertInstanceOf(ExportResult.NeedsConfirmation.class,
                export.export(director, ExportRequest.of(ExportPeriod.parse("2026Q4"), out), ProgressListener.NONE));
        assertTrue(open.periodOpen(), "a period not yet over is asked about");
        Files.writeString(out.resolve("KHJ-2026Q2.zip"), "someone else's file");
        assertThrows(ValidationException.class, () -> export.export(director,
                ExportRequest.of(ExportPeriod.parse("2026Q2"), out).confirmed(), ProgressListener.NONE));
        assertEquals("someone else's file", Files.readString(out.resolve("KHJ-2026Q2.zip")));
        assertEquals(logged, test.count("hq_export"));
        try (var files = Files.list(out)) {
            assertEquals(1, files.count(), "nothing but the file that was there");
        }
        try (var files = Files.list(dir.resolve("data").resolve(HqExportService.STORE))) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".part")), "no half-written package kept");
        } catch (java.nio.file.NoSuchFileException none) {
            // no package made yet: nothing kept either
        }
    }

    @Test
    void unclosedRegisterDaysAreListedBeforeAnythingIsWritten() throws IOException {
        ExportPeriod period = ExportPeriod.parse("2026-10");
        List<java.time.LocalDate> unclosed = export.unclosedDays(director, period);
        var asked = export.export(director, new ExportRequest(period, folder("unclosed"), null, null, true, false),
                ProgressListener.NONE);
        if (unclosed.isEmpty()) {
            assertInstanceOf(ExportResult.Made.class, asked);
        } else {
            assertEquals(unclosed, assertInstanceOf(ExportResult.NeedsConfirmation.class, asked).unclosedDays());
        }
    }

    @Test
    void consolidationCombinesCentresAndRefusesChangedRepeatedAndForeignFiles() throws IOException {
        Path q1 = make(director, ExportRequest.of(ExportPeriod.parse("2026Q1"), folder("c1")).confirmed()).file();
        Path q2 = make(director, ExportRequest.of(ExportPeriod.parse("2026Q2"), folder("c2")).confirmed()).file();
        ConsolidationService consolidation = test.services().get(ConsolidationService.class);
        Localization text = new Localization(Language.ENGLISH);
        var done = consolidation.consolidate(admin, List.of(q1, q2), List.of(), null, folder("hq"), text);
        assertEquals(3, done.files().size());
        String csv = Files.readString(folder("hq").resolve(ConsolidationService.CSV_FILE));
        assertTrue(csv.contains("2026Q1;Sughd;*;FAMILIES_SUPPORTED;;") || csv.contains(";*;FAMILIES_SUPPORTED;;"), csv.substring(0, 200));

        Path out = folder("hq2");
        assertThrows(MarkazException.class, () -> consolidation.consolidate(admin, List.of(q1, q1), List.of(), null, out, text),
                "the same centre and period twice");
        assertThrows(MarkazException.class, () -> consolidation.consolidate(admin, List.of(q1),
                List.of(ExportPeriod.parse("2026Q1"), ExportPeriod.parse("2026Q2")), null, out, text), "a period missing");
        Path foreign = dir.resolve("notes.zip");
        Files.writeString(foreign, "not a zip at all");
        assertThrows(MarkazException.class, () -> consolidation.consolidate(admin, List.of(foreign), List.of(), null, out, text));
        byte[] bytes = Files.readAllBytes(q2);
        for (int at : new int[] {bytes.length / 3, bytes.length / 2, 200}) {
            byte[] changed = bytes.clone();
            changed[at] ^= 0x55;
            Path tampered = dir.resolve("tampered-" + at + ".zip");
            Files.write(tampered, changed);
            assertThrows(MarkazException.class, () -> consolidation.consolidate(admin, List.of(q1, tampered), List.of(), null, out,
                    text), "a byte changed at " + at);
        }
        try (var files = Files.list(out)) {
            assertEquals(0, files.count(), "a refused consolidation writes nothing");
        }
        assertThrows(AccessDeniedException.class, () -> consolidation.consolidate(test.signIn("keyworker"), List.of(q1),
                List.of(), null, out, text));
    }

    @Test
    void encryptedPackagesAreConsolidatedWithTheirPassphraseAndRefusedWithoutIt() throws IOException {
        char[] passphrase = "a passphrase for headquarters".toCharArray();
        Path encrypted = make(director, new ExportRequest(ExportPeriod.parse("2025Q4"), folder("e1"), passphrase, null, true, true))
                .file();
        Path plain = make(director, ExportRequest.of(ExportPeriod.parse("2025Q3"), folder("e2")).confirmed()).file();
        ConsolidationService consolidation = test.services().get(ConsolidationService.class);
        Localization text = new Localization(Language.ENGLISH);
        Path out = folder("e-refused");
        assertEquals("error.hqPackageEncrypted", assertThrows(MarkazException.class, () -> consolidation.consolidate(admin,
                List.of(plain, encrypted), List.of(), null, out, text)).messageKey());
        assertEquals("error.hqPackageEncrypted", assertThrows(MarkazException.class, () -> consolidation.consolidate(admin,
                List.of(encrypted), List.of(), new char[0], out, text)).messageKey(), "an empty passphrase is none");
        assertEquals("error.hqWrongPassphrase", assertThrows(MarkazException.class, () -> consolidation.consolidate(admin,
                List.of(encrypted), List.of(), "not the passphrase at all".toCharArray(), out, text)).messageKey());

        // a package from a newer Markaz (schema 999): its manifest says so (the manifest lists the files, it is not in its own list)
        Map<String, byte[]> files = entries(plain, null);
        String manifest = new String(files.get(PackageContents.MANIFEST), StandardCharsets.UTF_8);
        files.put(PackageContents.MANIFEST, manifest.replaceFirst("\"programVersion\"\\s*:\\s*\"[^\"]*\"",
                "\"programVersion\": \"99.0.0\"").replaceFirst("\"schemaVersion\"\\s*:\\s*\"[^\"]*\"",
                "\"schemaVersion\": \"999\"").getBytes(StandardCharsets.UTF_8));
        Path newer = dir.resolve("newer").resolve(plain.getFileName());
        Files.createDirectories(newer.getParent());
        try (ZipFile zip = new ZipFile(newer.toFile())) {
            for (var entry : files.entrySet()) {
                var parameters = new net.lingala.zip4j.model.ZipParameters();
                parameters.setFileNameInZip(entry.getKey());
                zip.addStream(new java.io.ByteArrayInputStream(entry.getValue()), parameters);
            }
        }
        assertEquals("error.hqNewerProgram", assertThrows(MarkazException.class, () -> consolidation.consolidate(admin,
                List.of(newer), List.of(), null, out, text)).messageKey());
        try (var written = Files.list(out)) {
            assertEquals(0, written.count(), "a refused consolidation writes nothing");
        }

        // one passphrase opens the encrypted packages; the plain ones read as they are
        Path hq = folder("e-hq");
        var done = consolidation.consolidate(admin, List.of(plain, encrypted), List.of(ExportPeriod.parse("2025Q3"),
                ExportPeriod.parse("2025Q4")), passphrase, hq, text);
        assertEquals(List.of("KHJ 2025Q3", "KHJ 2025Q4"), done.packages());
        String csv = Files.readString(hq.resolve(ConsolidationService.CSV_FILE));
        assertTrue(csv.contains("2025Q4;") && csv.contains("2025Q3;"), csv.substring(0, 200));
        assertTrue(Files.readString(hq.resolve(ConsolidationService.DHIS2_FILE)).contains("\"dataValues\""));
    }
}
