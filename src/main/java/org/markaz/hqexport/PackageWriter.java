package org.markaz.hqexport;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.markaz.core.backup.BackupArchive;

/**
 * Writes the files of a package into its ZIP, each one's rows counted and SHA-256 taken as it is
 * written (nothing held in memory). Every entry carries the same fixed time, so the same data
 * gives the same files (ADR 0020). The CSVs open in Excel and LibreOffice on a Russian or Tajik
 * Windows as they are: UTF-8 with a byte order mark, ';' between cells, a decimal comma, CR LF.
 */
final class PackageWriter {

    static final CSVFormat CSV = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    static final char BYTE_ORDER_MARK = '\uFEFF';
    /** The time written on every entry: the package's own time is in its manifest, not in the ZIP. */
    private static final long ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0).atZone(ZoneId.of("UTC")).toInstant().toEpochMilli();

    /** A file of the package, as listed in its manifest. */
    record FileEntry(String name, long rows, String sha256) {
    }

    /** Writes one CSV row of plain values; ids of records already turned into pseudonyms. */
    interface Rows {
        void row(List<?> values);
    }

    private final ZipOutputStream zip;
    private final char[] passphrase;
    private final List<FileEntry> entries = new ArrayList<>();

    PackageWriter(ZipOutputStream zip, char[] passphrase) {
        this.zip = zip;
        this.passphrase = passphrase;
    }

    /** Writes a CSV file: the header, then the rows {@code body} writes. */
    void csv(String name, List<String> header, java.util.function.Consumer<Rows> body) {
        entry(name, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(writer, CSV);
            printer.printRecord(header);
            long[] rows = {0};
            body.accept(values -> {
                try {
                    printer.printRecord(values.stream().map(PackageWriter::cell).toList());
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
            return rows[0];
        });
    }

    /** Writes a file that is not a table (JSON, PDF): counted as one row. */
    void file(String name, byte[] content) {
        entry(name, out -> {
            out.write(content);
            return 1;
        });
    }

    List<FileEntry> entries() {
        return List.copyOf(entries);
    }

    private interface Body {
        long write(OutputStream out) throws IOException;
    }

    private void entry(String name, Body body) {
        try {
            ZipParameters parameters = BackupArchive.parameters(name, passphrase);
            parameters.setLastModifiedFileTime(ENTRY_TIME);
            zip.putNextEntry(parameters);
            DigestOutputStream digest = new DigestOutputStream(new KeepOpen(zip), sha256());
            long rows = body.write(digest);
            digest.flush();
            zip.closeEntry();
            entries.add(new FileEntry(name, rows, HexFormat.of().formatHex(digest.getMessageDigest().digest())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as written: empty for nothing, dates as 2026-09-30, decimals with a comma. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value.toString();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The ZIP's stream, which a file's writer must not close (the next file follows). */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
