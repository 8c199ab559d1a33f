package io.github.suanzhang.extract;

import io.github.suanzhang.extract.narrative.ParagraphStatements;
import io.github.suanzhang.extract.export.TextExportReader;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.ProblemKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads any input: sniffs its first bytes ({@link FormatSniffer}) and hands PDFs to one reader and text
 * exports to the other, whatever the file's name says. Empty files, HTML saved as {@code .pdf} and other
 * files end in a {@link ReadException} with {@link ProblemKind#EMPTY_FILE} or {@link ProblemKind#NOT_A_PDF}.
 */
public final class DefaultDisclosureReader implements DisclosureReader {
    private final DisclosureReader pdf;
    private final DisclosureReader text;

    /** With the project's own PDF and text-export readers. */
    public DefaultDisclosureReader() {
        this(new PdfDisclosureReader(), textExports());
    }

    /**
     * @param pdf  reads a file that starts with {@code %PDF-}
     * @param text reads a text export (UTF-8 or GB18030)
     */
    public DefaultDisclosureReader(DisclosureReader pdf, DisclosureReader text) {
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public Disclosure read(Path file) throws ReadException {
        FormatSniffer.Sniff s;
        try {
            s = FormatSniffer.sniff(file);
        } catch (IOException e) {
            throw new ReadException(ProblemKind.OTHER, "无法读取文件: " + e.getMessage(), e);
        }
        return switch (s.kind()) {
            case PDF -> pdf.read(file);
            case TEXT -> text.read(file);
            case EMPTY, HTML, OTHER -> throw new ReadException(s.problemKind(), s.message());
        };
    }

    @Override
    public DisclosureReader withOcr(ExtractOptions.Ocr ocr) {
        return new DefaultDisclosureReader(pdf.withOcr(ocr), text);
    }

    /** Text exports: tables and narrative, with sentences and claims ({@link ParagraphStatements#of(java.util.List)}). */
    public static DisclosureReader textExports() {
        TextExportReader reader = TextExportReader.withDocumentNarrative(ParagraphStatements::of);
        return file -> {
            try {
                return reader.read(file);
            } catch (IOException e) {
                throw new ReadException(ProblemKind.OTHER, "无法读取文件: " + e.getMessage(), e);
            }
        };
    }

    private static DisclosureReader notWired(String what) {
        return file -> {
            throw new ReadException(ProblemKind.OTHER, "the " + what + " reader is not wired yet");
        };
    }
}
