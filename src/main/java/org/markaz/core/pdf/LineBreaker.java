package org.markaz.core.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a width, measured with the real glyph widths.
 *
 * <p>Lines break at spaces; a newline always breaks. A word wider than the whole width (a long
 * code, a double-barrelled name in a narrow column) is cut after its last hyphen that fits, or
 * else between characters, so nothing ever runs past its column.
 */
final class LineBreaker {

    private final DocumentFonts fonts;

    LineBreaker(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** The lines of printable text (see {@link DocumentFonts#printable}); at least one, perhaps empty. */
    List<String> wrap(String text, TextStyle style, float maxWidth) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            wrapParagraph(end < 0 ? text.substring(start) : text.substring(start, end), style, maxWidth, lines);
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    private void wrapParagraph(String paragraph, TextStyle style, float maxWidth, List<String> lines) {
        float space = fonts.width(" ", style);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            float width = fonts.width(word, style);
            if (line.length() > 0 && lineWidth + space + width <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += space + width;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width > maxWidth) {
                int cut = cutWithin(word, style, maxWidth);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                width = fonts.width(word, style);
            }
            line.append(word);
            lineWidth = width;
        }
        lines.add(line.toString());
    }

    /** Where to cut a too-wide word: after the last hyphen that fits, else after the last character that fits (at least one). */
    private int cutWithin(String word, TextStyle style, float maxWidth) {
        float width = 0;
        int fits = 0;
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            width += fonts.width(codePoint, style);
            if (width > maxWidth) {
                break;
            }
            i += Character.charCount(codePoint);
            fits = i;
        }
        if (fits == 0) {
            return Character.charCount(word.codePointAt(0));
        }
        int hyphen = word.lastIndexOf('-', fits - 1);
        return hyphen > 0 && hyphen + 1 < word.length() ? hyphen + 1 : fits;
    }
}
