package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.extract.text.Paragraph;
import java.util.Arrays;
import java.util.List;

/**
 * The narrative step of the text-export reader: a paragraph (with its section and place) → sentences
 * with their claims, through {@link NarrativeReader}.
 */
public final class ParagraphStatements {
    private ParagraphStatements() {
    }

    public static List<Statement> of(Paragraph p) {
        int first = p.lines().isEmpty() ? p.place().line() : p.lines().get(0);
        return NarrativeReader.read(Arrays.asList(p.text().split("\n", -1)), first, p.section());
    }
}
