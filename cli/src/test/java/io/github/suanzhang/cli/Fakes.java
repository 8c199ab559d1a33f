package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.extract.DisclosureReader;
import io.github.suanzhang.extract.ReadException;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.testdata.Fixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Test doubles: a reader whose behaviour is chosen by the file's name (behind the real sniffer), a rule
 * that really checks 合计 = Σ lines, and files to feed them.
 */
final class Fakes {
    private Fakes() {
    }

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(DisclosureReader reader, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Cli.commandLine(reader, new Reconciler(List.of(new TotalRule())));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Checks that the line labelled 合计 equals the sum of the other lines, column by column, exactly.
     * (The real rules live in reconcile; this one only has to be real enough to fail.)
     */
    @RuleMeta(id = "test.total", severity = Severity.ERROR, summary = "合计 = Σ lines")
    static final class TotalRule implements Rule {
        @Override
        public Stream<Finding> check(Disclosure d) {
            List<Finding> out = new ArrayList<>();
            for (Table t : d.tables()) {
                Row total = t.rows().stream().filter(r -> r.label().equals("合计")).findFirst().orElse(null);
                if (total == null) {
                    continue;
                }
                for (int c = 0; c < t.columns().size(); c++) {
                    Cell tc = total.cell(c);
                    if (tc == null || tc.amount() == null) {
                        continue;
                    }
                    BigDecimal sum = BigDecimal.ZERO;
                    for (Row r : t.rows()) {
                        if (r != total && r.cell(c) != null && r.cell(c).amount() != null) {
                            sum = sum.add(r.cell(c).amount().value());
                        }
                    }
                    if (sum.compareTo(tc.amount().value()) != 0) {
                        Map<String, Amount> figures = new LinkedHashMap<>();
                        figures.put("table", tc.amount());
                        figures.put("computed", new Amount(sum, 2, Unit.TEN_THOUSAND_YUAN, null));
                        out.add(new Finding("test.total", Severity.ERROR,
                                "合计为" + tc.amount().display() + "，各行之和为" + sum.toPlainString() + "万元 <不符>",
                                figures, List.of(new Evidence(tc.place(), tc.raw(), t.id(), t.rows().indexOf(total),
                                t.columns().get(c).key()))));
                    }
                }
            }
            return out.stream();
        }
    }

    /**
     * Behaviour by file name: {@code *bad*} a table whose 合计 is off (an ERROR), {@code *scan*} nothing but
     * pages without text layer, {@code *broken*} a {@link ReadException} (DAMAGED_PDF), {@code *crash*} a
     * RuntimeException, {@code *hang*} blocks, ignoring interrupts, until {@link #release}; anything else a
     * table that adds up. Text exports give one table that adds up, with places on lines.
     */
    static final class Reader implements DisclosureReader {
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        private final DisclosureReader inner = new DefaultDisclosureReader(this::pdf, this::text);

        @Override
        public Disclosure read(Path file) throws ReadException {
            calls.incrementAndGet();
            return inner.read(file);
        }

        private Disclosure pdf(Path file) throws ReadException {
            String n = file.getFileName().toString();
            if (n.contains("broken")) {
                throw new ReadException(ProblemKind.DAMAGED_PDF, "PDF 已损坏：找不到交叉引用表（文件可能不完整）");
            }
            if (n.contains("crash")) {
                throw new IllegalStateException("bug in the reader");
            }
            if (n.contains("hang")) {
                while (true) {
                    try {
                        release.await();
                        break;
                    } catch (InterruptedException e) {
                        // a reader stuck in PDFBox does not notice interrupts either
                    }
                }
            }
            Source s = new Source(n, null, 1, "pdf", "test");
            DocumentInfo info = new DocumentInfo("测试单位", 2023, DocumentType.FINAL_ACCOUNTS, Scope.UNIT, Unit.TEN_THOUSAND_YUAN,
                    "2023年度测试单位决算");
            if (n.contains("scan")) {
                return new Disclosure(s, info, List.of(), List.of(), List.of(
                        new Problem(ProblemKind.NO_TEXT_LAYER, "第1页没有文字层（扫描图像），未读取", Place.onPage(1, null))));
            }
            return new Disclosure(s, info, List.of(table(n.contains("bad") ? "1,000.01" : "1,000.00")), List.of(), List.of());
        }

        private Disclosure text(Path file) {
            Table t = Fixture.table("t01", TableKind.GENERIC, "total").title("支出决算表")
                    .row("2080101", "行政运行", "600.00").row(null, "合计", "600.00").build();
            List<Row> rows = t.rows().stream().map(r -> new Row(r.side(), r.lineNo(), r.code(), r.label(),
                    r.cells().stream().map(c -> c == null ? null : new Cell(c.raw(), c.amount(), Place.atLine(3), false))
                            .toList(), Place.atLine(3))).toList();
            Table tt = new Table(t.id(), t.kind(), t.number(), t.title(), t.unit(), List.of(), t.columns(), rows,
                    t.notes(), t.emptyNote(), Place.atLine(1), "text");
            return new Disclosure(new Source(file.getFileName().toString(), null, 0, "text", null), null, List.of(tt),
                    List.of(), List.of());
        }
    }

    static Table table(String total) {
        return Fixture.table("t01", TableKind.GENERIC, "total", "basic").title("支出决算表")
                .row("2080101", "行政运行", "600.00", "600.00")
                .row("2080102", "一般行政管理事务", "400.00", "400.00")
                .row(null, "合计", total, "1,000.00")
                .build();
    }

    /** A one-page PDF with a few lines of text where {@link Fixture} puts its cells. */
    static Path pdf(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float h = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                String[][] lines = {{"2080101", "600.00", "600.00"}, {"2080102", "400.00", "400.00"},
                    {"Total", "1,000.01", "1,000.00"}};
                for (int r = 0; r < lines.length; r++) {
                    for (int c = 0; c < 3; c++) {
                        float x = c == 0 ? 40 : 200 + 60 * (c - 1);
                        float yTop = 100 + 12 * r;
                        cs.newLineAtOffset(0, 0);
                        cs.endText();
                        cs.beginText();
                        cs.newLineAtOffset(x, h - yTop - 8);
                        cs.showText(lines[r][c]);
                    }
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
