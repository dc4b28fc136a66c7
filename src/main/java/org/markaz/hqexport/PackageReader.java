package org.markaz.hqexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.exception.ZipException;
import net.lingala.zip4j.model.FileHeader;
import org.apache.commons.csv.CSVRecord;
import org.markaz.core.MarkazException;
import org.markaz.core.db.Database;

/**
 * A package as consolidation reads it (docs/user/hq-export.md): its manifest, checked against
 * every file it lists (SHA-256; a file added or missing), the schema of a program not newer than
 * this one, and its indicators and DHIS2 values. Every problem is refused with the package's name.
 */
final class PackageReader {

    /** One cell of a centre's indicator table. */
    record Cell(String code, String disaggregation, BigDecimal value) {
    }

    /** What consolidation needs of a checked package. */
    record Checked(Path file, String centreCode, String centreName, String region, String period, List<Cell> cells,
                   List<Object> dataValues) {
    }

    private PackageReader() {
    }

    static Checked read(Path file, char[] passphrase) {
        String shown = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new MarkazException("error.hqNotAPackage", shown);
        }
        try (ZipFile zip = new ZipFile(file.toFile(), passphrase)) {
            if (!zip.isValidZipFile()) {
                throw new MarkazException("error.hqNotAPackage", shown);
            }
            if (zip.isEncrypted() && passphrase == null) {
                throw new MarkazException("error.hqPackageEncrypted", shown);
            }
            Map<String, FileHeader> headers = new LinkedHashMap<>();
            for (FileHeader header : zip.getFileHeaders()) {
                headers.put(header.getFileName(), header);
            }
            FileHeader manifestHeader = headers.get(PackageContents.MANIFEST);
            if (manifestHeader == null) {
                throw new MarkazException("error.hqNotAPackage", shown);
            }
            Map<?, ?> manifest = asMap(Json.read(new String(bytes(zip, manifestHeader), StandardCharsets.UTF_8)), shown);
            if (!PackageContents.FORMAT.equals(manifest.get("format"))) {
                throw new MarkazException("error.hqNotAPackage", shown);
            }
            checkVersion(manifest, shown);
            List<?> files = (List<?>) manifest.get("files");
            if (files == null || files.size() + 1 != headers.size()) {
                throw new MarkazException("error.hqPackageChanged", shown);
            }
            for (Object entry : files) {
                Map<?, ?> listed = asMap(entry, shown);
                FileHeader header = headers.get(String.valueOf(listed.get("name")));
                if (header == null || !sha256(zip, header).equals(listed.get("sha256"))) {
                    throw new MarkazException("error.hqPackageChanged", shown);
                }
            }
            Map<?, ?> centre = asMap(manifest.get("centre"), shown);
            Map<?, ?> period = asMap(manifest.get("period"), shown);
            List<Cell> cells = indicators(bytes(zip, required(headers, PackageContents.INDICATORS, shown)), shown);
            Map<?, ?> dhis2 = asMap(Json.read(new String(bytes(zip, required(headers, PackageContents.DHIS2_VALUES, shown)),
                    StandardCharsets.UTF_8)), shown);
            return new Checked(file, String.valueOf(centre.get("code")), String.valueOf(centre.get("name")),
                    String.valueOf(centre.get("region")), String.valueOf(period.get("label")), cells,
                    new ArrayList<>((List<?>) dhis2.get("dataValues")));
        } catch (ZipException e) {
            if (e.getType() == ZipException.Type.WRONG_PASSWORD) {
                throw new MarkazException("error.hqWrongPassphrase", e, shown);
            }
            throw new MarkazException("error.hqPackageChanged", e, shown);
        } catch (IOException e) {
            throw new MarkazException("error.hqNotAPackage", e, shown);
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            // a manifest or table that does not read as one: changed, or not a package at all
            throw new MarkazException("error.hqPackageChanged", e, shown);
        }
    }

    /** A package from a newer schema (a newer program) may hold what this one cannot read. */
    private static void checkVersion(Map<?, ?> manifest, String shown) {
        int schema = Integer.parseInt(String.valueOf(manifest.get("schemaVersion")));
        if (schema > Integer.parseInt(Database.LATEST_SCHEMA_VERSION)
                || newer(String.valueOf(manifest.get("programVersion")), org.markaz.core.ProgramVersion.current())) {
            throw new MarkazException("error.hqNewerProgram", shown, String.valueOf(manifest.get("programVersion")));
        }
    }

    /** Whether version a (1.4.2) is later than b; a version that is not numbers (a development build) is never later. */
    static boolean newer(String a, String b) {
        if (!a.matches("\\d+(\\.\\d+)*") || !b.matches("\\d+(\\.\\d+)*")) {
            return false;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i]) : 0;
            int q = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (p != q) {
                return p > q;
            }
        }
        return false;
    }

    private static FileHeader required(Map<String, FileHeader> headers, String name, String shown) {
        FileHeader header = headers.get(name);
        if (header == null) {
            throw new MarkazException("error.hqPackageChanged", shown);
        }
        return header;
    }

    private static List<Cell> indicators(byte[] csv, String shown) throws IOException {
        List<Cell> cells = new ArrayList<>();
        try (var reader = new InputStreamReader(new java.io.ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
            int bom = reader.read();
            if (bom != PackageWriter.BYTE_ORDER_MARK) {
                throw new MarkazException("error.hqPackageChanged", shown);
            }
            var records = PackageWriter.CSV.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
            for (CSVRecord record : records) {
                cells.add(new Cell(record.get("code"), record.get("disaggregation"),
                        new BigDecimal(record.get("value").replace(',', '.'))));
            }
        }
        return cells;
    }

    private static Map<?, ?> asMap(Object value, String shown) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new MarkazException("error.hqPackageChanged", shown);
        }
        return map;
    }

    private static byte[] bytes(ZipFile zip, FileHeader header) throws IOException {
        try (InputStream in = zip.getInputStream(header)) {
            return in.readAllBytes();
        }
    }

    private static String sha256(ZipFile zip, FileHeader header) throws IOException {
        try (DigestInputStream in = new DigestInputStream(zip.getInputStream(header), PackageWriter.sha256())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest()).toLowerCase(Locale.ROOT);
        }
    }
}
