package io.github.suanzhang.bench.mutate;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.text.TextNormalizer;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.PdfDisclosureReader;
import io.github.suanzhang.extract.ReadException;
import io.github.suanzhang.extract.narrative.ParagraphStatements;
import io.github.suanzhang.extract.table.Narrative;
import io.github.suanzhang.extract.export.Paragraph;
import io.github.suanzhang.extract.export.TextExportReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A document read once, with what its reader handed to the claim reader: the paragraphs of its narrative
 * (a PDF's blocks of lines, a text export's paragraphs). {@link #reread} gives the narrative text back to
 * the same claim reader ({@link Narrative#CLAIMS} for PDFs, {@link ParagraphStatements#of(List)} for text
 * exports), so a plant in the text goes through claim reading as the document's own text does.
 *
 * @param disclosure the document as the reader read it
 * @param texts      the narrative paragraphs' texts, each line normalised ({@link TextNormalizer}), lines
 *                   joined by {@code \n}; edits keep the number of lines
 * @param reader     the claim reader over edited texts (same number of paragraphs)
 */
public record Loaded(Disclosure disclosure, List<String> texts, Function<List<String>, List<Statement>> reader) {

    /** Reads a PDF or a text export (sniffed by its first bytes). */
    public static Loaded read(Path file) throws IOException, ReadException {
        byte[] head = new byte[5];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 5);
            if (n == 5 && new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
                return pdf(file);
            }
        }
        return text(file);
    }

    static Loaded pdf(Path file) throws ReadException {
        AtomicReference<List<Narrative.Block>> blocks = new AtomicReference<>(List.of());
        PdfDisclosureReader reader = new PdfDisclosureReader(ExtractOptions.DEFAULTS, bs -> {
            blocks.set(List.copyOf(bs));
            return Narrative.CLAIMS.apply(bs);
        });
        Disclosure d = reader.read(file);
        List<Narrative.Block> bs = blocks.get();
        List<String> texts = bs.stream().map(b -> normalizeLines(b.paragraph().text())).toList();
        Function<List<String>, List<Statement>> again = ts -> {
            List<Narrative.Block> edited = new ArrayList<>();
            for (int i = 0; i < bs.size(); i++) {
                Paragraph p = bs.get(i).paragraph();
                edited.add(new Narrative.Block(new Paragraph(ts.get(i), p.section(), p.headings(), p.place(), p.lines()),
                        bs.get(i).lines()));
            }
            return Narrative.CLAIMS.apply(edited);
        };
        return new Loaded(d, texts, again);
    }

    static Loaded text(Path file) throws IOException {
        AtomicReference<List<Paragraph>> paragraphs = new AtomicReference<>(List.of());
        TextExportReader reader = TextExportReader.withDocumentNarrative(ps -> {
            paragraphs.set(List.copyOf(ps));
            return ParagraphStatements.of(ps);
        });
        Disclosure d = reader.read(file);
        List<Paragraph> ps = paragraphs.get();
        List<String> texts = ps.stream().map(p -> normalizeLines(p.text())).toList();
        Function<List<String>, List<Statement>> again = ts -> {
            List<Paragraph> edited = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                Paragraph p = ps.get(i);
                edited.add(new Paragraph(ts.get(i), p.section(), p.headings(), p.place(), p.lines()));
            }
            return ParagraphStatements.of(edited);
        };
        return new Loaded(d, texts, again);
    }

    private static String normalizeLines(String text) {
        return String.join("\n", Arrays.stream(text.split("\n", -1)).map(TextNormalizer::normalize).toList());
    }

    /** The disclosure with its narrative read again from {@code texts}. */
    public Disclosure reread(List<String> edited) {
        Disclosure d = disclosure;
        return new Disclosure(d.source(), d.document(), d.tables(), reader.apply(edited), d.problems());
    }
}
