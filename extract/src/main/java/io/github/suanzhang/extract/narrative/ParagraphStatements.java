package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.extract.export.Paragraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import java.util.List;

/**
 * The narrative step of the text-export reader: paragraphs (with their sections and places) → sentences
 * with their claims, through {@link NarrativeReader}. {@link #of(List)} reads a document's paragraphs in
 * order and hands the {@link Context} from one paragraph to the next while they stand under the same
 * headings (a list introducer {@code 2023年度一般公共预算财政拨款支出1,553.51万元,主要用于以下方面:} and its
 * items {@code 2.卫生健康支出(类)167.24万元,占10.7%。}, which the export prints as paragraphs of their own);
 * a new section starts afresh. {@link #of(Paragraph)} reads one paragraph alone. Stateless.
 */
public final class ParagraphStatements {
    private ParagraphStatements() {
    }

    public static List<Statement> of(Paragraph p) {
        return read(p, Context.NONE).statements();
    }

    /** The statements of a document's paragraphs, in order, the context threaded within each section. */
    public static List<Statement> of(List<Paragraph> paragraphs) {
        List<Statement> out = new ArrayList<>();
        Context ctx = Context.NONE;
        String section = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (i == 0 || !Objects.equals(section, p.section())) {
                ctx = Context.NONE;
            }
            section = p.section();
            NarrativeReader.Passage passage = read(p, ctx);
            out.addAll(passage.statements());
            ctx = passage.context();
        }
        return out;
    }

    private static NarrativeReader.Passage read(Paragraph p, Context ctx) {
        int first = p.lines().isEmpty() ? p.place().line() : p.lines().get(0);
        return NarrativeReader.read(Arrays.asList(p.text().split("\n", -1)), first, p.section(), ctx);
    }
}
