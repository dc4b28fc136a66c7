package org.markaz.core.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How long a typical printout takes once the JVM is warm: a 3-page document with a 40-row table
 * of Tajik text, some cells long enough to wrap. Measured by the benchmark command, not by a
 * timed unit test (docs/design.md §5); the bar is well under 100 ms.
 */
public final class PdfBenchmark {

    /** The JIT compiles the hot paths (widths, wrapping, subsetting, deflate) only after a few dozen renders. */
    private static final int WARM_UP_RUNS = 50;

    private PdfBenchmark() {
    }

    /** The median time of {@code runs} renders after a few warm-up renders, in milliseconds. */
    public static long medianRenderMillis(int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be positive");
        }
        PdfDocument.Builder document = sampleDocument();
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            render(document);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            render(document);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return Math.round(nanos[runs / 2] / 1_000_000.0);
    }

    /** The document the benchmark renders; tests use it to check it is the 3 pages it claims to be. */
    static PdfDocument.Builder sampleDocument() {
        Table table = Table.of(Table.column("№", 0.5f, Table.Align.RIGHT), Table.column("Ному насаб", 3),
                Table.column("Хизматрасонӣ", 3), Table.column("Эзоҳ", 5), Table.column("Санаи таваллуд", 1.6f));
        for (int i = 1; i <= 40; i++) {
            String note = i % 3 == 0
                    ? "Модар дар муҳоҷирати меҳнатӣ, кӯдак бо бибиаш зиндагӣ мекунад; ҳуҷҷатҳои шахсӣ барқарор карда шуданд,"
                            + " кумаки ғизоӣ ва либос дода шуд."
                    : "Ташрифи хонагӣ, ҳамаи ҳуҷҷатҳо дар ҷояш.";
            table.row(Integer.toString(i), "Ҷамшед Қодиров " + i, i % 2 == 0 ? "Нигоҳубини рӯзона ва тавонбахшӣ"
                    : "Будубоши кӯтоҳмуддат, душанбе-ҷумъа", note, "12.0" + (1 + i % 9) + ".2021");
        }
        return PdfDocument.builder(PageOrientation.PORTRAIT)
                .header("Маркази дастгирии оила ва кӯдак, Хуҷанд", "Рӯйхати кӯдакон ва хизматрасониҳо")
                .footer("Махфӣ", (page, total) -> "Саҳифаи " + page + " аз " + total)
                .heading("Маълумот дар бораи марказ")
                .keyValues(List.of(Map.entry("Ному насаб", "Ҷамшед Қодиров"), Map.entry("Суроға",
                        "ш. Хуҷанд, кӯчаи Исмоили Сомонӣ 12, ҳуҷраи 4"), Map.entry("Корманди масъул", "Гулчеҳра Ғафурова")))
                .paragraph(paragraph(6))
                .table(table)
                .paragraph(paragraph(3))
                .signatureLines(List.of("Директор", "Корманди масъул"));
    }

    private static String paragraph(int sentences) {
        List<String> text = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            text.add("Оила дар давоми шаш моҳ кумак гирифт: ташрифҳои хонагӣ, машғулиятҳои волидайн ва ёрии ғизоӣ;"
                    + " ҳолати кӯдак беҳтар шуд ва ӯ ба боғча меравад.");
        }
        return String.join(" ", text);
    }

    private static void render(PdfDocument.Builder document) {
        try {
            document.writeTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
