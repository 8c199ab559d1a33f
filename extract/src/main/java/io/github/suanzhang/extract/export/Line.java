package io.github.suanzhang.extract.export;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text export.
 *
 * @param no  1-based line number in the decoded text (a BOM is not a line)
 * @param raw the line as decoded, without its line terminator
 */
record Line(int no, String raw) {

    static List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        String[] parts = text.split("\r\n|\n|\r", -1);
        int n = parts.length;
        if (n > 0 && parts[n - 1].isEmpty()) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            out.add(new Line(i + 1, parts[i]));
        }
        return out;
    }

    boolean blank() {
        return raw.isBlank();
    }

    boolean hasTab() {
        return raw.indexOf('\t') >= 0;
    }

    /** {@link Clean#prose} of the line. */
    String prose() {
        return Clean.prose(raw);
    }
}
