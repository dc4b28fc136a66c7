package org.markaz.core.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The regular and bold font of one document, and how wide text is in them.
 *
 * <p>Each TTF is read from the jar and parsed once per JVM: parsing DejaVu Sans takes 25-45 ms,
 * more than laying out and drawing a 3-page document. Each document then makes its own
 * PDType0Font from the parsed font and embeds only the glyphs it shows (a subset). Glyph widths
 * depend only on the font file, so they are cached per JVM too.
 *
 * <p>fontbox reads a parsed font's tables lazily and not all of that under a lock, so documents
 * that share the parsed fonts are rendered one at a time: hold {@link #SHARED} while loading,
 * drawing and saving.
 */
final class DocumentFonts {

    static final String DEJAVU_SANS = "/org/markaz/fonts/DejaVuSans.ttf";
    static final String DEJAVU_SANS_BOLD = "/org/markaz/fonts/DejaVuSans-Bold.ttf";

    /** What a character the font cannot draw becomes, so odd input never breaks a printout. */
    static final int REPLACEMENT = '?';
    private static final float MISSING = -1;

    /** Held while a document uses the shared parsed fonts. */
    static final Object SHARED = new Object();

    private static final Map<String, TrueTypeFont> PARSED = new ConcurrentHashMap<>();
    /** Per font file: code point -> advance width in 1/1000 em, or MISSING. */
    private static final Map<String, Map<Integer, Float>> WIDTHS = new ConcurrentHashMap<>();

    private final Face regular;
    private final Face bold;

    private DocumentFonts(Face regular, Face bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static DocumentFonts load(PDDocument document, String regularResource, String boldResource) throws IOException {
        return new DocumentFonts(Face.load(document, regularResource), Face.load(document, boldResource));
    }

    PDType0Font font(boolean isBold) {
        return face(isBold).font;
    }

    /** Width in points of text already made {@link #printable}. */
    float width(String text, TextStyle style) {
        Face face = face(style.bold());
        float sum = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            sum += face.width(codePoint);
            i += Character.charCount(codePoint);
        }
        return sum * style.size() / 1000;
    }

    /** The width of one code point in points, for breaking a word that is wider than its column. */
    float width(int codePoint, TextStyle style) {
        return face(style.bold()).width(codePoint) * style.size() / 1000;
    }

    /** Height from a line's top to its baseline. */
    float ascent(TextStyle style) {
        return face(style.bold()).ascent * style.size();
    }

    /** Distance between baselines: the font's own ascent plus descent, with a little air. */
    float leading(TextStyle style) {
        Face face = face(style.bold());
        return (face.ascent + face.descent + 0.08f) * style.size();
    }

    /**
     * Text as the font can draw it: a newline stays a line break, a tab or other control character
     * becomes a space, and a character with no glyph becomes '?' (showText would throw otherwise).
     */
    String printable(String text, boolean isBold) {
        if (text == null) {
            return "";
        }
        Face face = face(isBold);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int shown = codePoint;
            if (codePoint == '\r') {
                boolean pair = i + 1 < text.length() && text.charAt(i + 1) == '\n';
                shown = pair ? -1 : '\n';
            } else if (codePoint != '\n' && (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint))) {
                shown = ' ';
            } else if (codePoint != '\n' && face.width(codePoint) == MISSING) {
                shown = REPLACEMENT;
            }
            if (shown != codePoint && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && shown >= 0) {
                out.appendCodePoint(shown);
            }
            i += Character.charCount(codePoint);
        }
        return out == null ? text : out.toString();
    }

    private Face face(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** The parsed font, kept for the JVM's life (it holds the file's bytes, not an open file). */
    private static TrueTypeFont parsed(String resource) {
        return PARSED.computeIfAbsent(resource, name -> {
            try (InputStream in = DocumentFonts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("font resource missing: " + name);
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** One font of the document with the JVM-wide width cache of its file. */
    private static final class Face {
        private final PDType0Font font;
        private final Map<Integer, Float> widths;
        private final float ascent;
        private final float descent;

        private Face(PDType0Font font, Map<Integer, Float> widths) {
            this.font = font;
            this.widths = widths;
            PDFontDescriptor descriptor = font.getFontDescriptor();
            this.ascent = descriptor.getAscent() / 1000;
            this.descent = Math.abs(descriptor.getDescent()) / 1000;
        }

        static Face load(PDDocument document, String resource) throws IOException {
            // Loaded from a TrueTypeFont, the PDType0Font leaves it open when the document closes.
            PDType0Font font = PDType0Font.load(document, parsed(resource), true);
            return new Face(font, WIDTHS.computeIfAbsent(resource, name -> new ConcurrentHashMap<>()));
        }

        float width(int codePoint) {
            Float known = widths.get(codePoint);
            if (known == null) {
                known = measure(codePoint);
                widths.put(codePoint, known);
            }
            return known;
        }

        private float measure(int codePoint) {
            try {
                return font.getStringWidth(new String(Character.toChars(codePoint)));
            } catch (IllegalArgumentException noGlyph) {
                return MISSING;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
