package org.markaz.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.markaz.core.pdf.PdfTexts.render;
import static org.markaz.core.pdf.PdfTexts.text;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class DocumentFontsTest {

    private static final String TAJIK = "ҳ қ ғ ҷ ӣ ӯ Ҳ Қ Ғ Ҷ Ӣ Ӯ";

    @Test
    void everyTajikLetterComesOutExactly() throws Exception {
        try (PDDocument document = render(PdfDocument.builder(PageOrientation.PORTRAIT)
                .header("Маркази Хуҷанд", "Нақшаи ғамхорӣ")
                .heading(TAJIK)
                .paragraph("Ҷамшед Қодиров, Гулчеҳра Ғафурова, Раҳимӣ, Мӯъминова: " + TAJIK)
                .table(Table.of(Table.column("Ҳарфҳо", 1)).row(TAJIK)))) {
            String text = text(document);
            assertEquals(3, PdfTexts.occurrences(text, TAJIK), "heading, paragraph and cell:\n" + text);
            assertTrue(text.contains("Ҷамшед Қодиров, Гулчеҳра Ғафурова, Раҳимӣ, Мӯъминова"), text);
            assertTrue(text.contains("Маркази Хуҷанд"));
        }
    }

    @Test
    void theDocumentEmbedsEachFontOnceAsASubset() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfBenchmark.sampleDocument().writeTo(out);
        assertTrue(out.size() < 150_000, "a full DejaVu Sans alone is 700 KB; got " + out.size());
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            Set<COSObjectKey> fontObjects = new HashSet<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"), font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                    COSBase reference = resources.getCOSObject().getCOSDictionary(COSName.FONT).getItem(name);
                    assertTrue(reference instanceof COSObject, "fonts are shared objects, not copies in each page");
                    fontObjects.add(((COSObject) reference).getKey());
                }
            }
            assertEquals(2, fontObjects.size(), "regular and bold, each shared by all pages");
        }
    }

    @Test
    /** U+20000 is outside the Basic Multilingual Plane: one '?' for a surrogate pair, not two. */
    void charactersTheFontLacksPrintAsQuestionMarksAndControlCharactersAsSpaces() throws Exception {
        try (PDDocument document = render(PdfDocument.builder(PageOrientation.PORTRAIT)
                .paragraph("漢字 a\tb\u0007c \uD840\uDC00 д\r\nе\rж", TextStyle.BOLD)
                .table(Table.of(Table.column("\uD840\uDC00", 1)).row("漢")))) {
            String text = text(document);
            assertTrue(text.contains("?? a b c ? д\nе\nж"), text);
            assertEquals(5, PdfTexts.occurrences(text, "?"), text);
        }
    }
}
