package io.github.suanzhang.extract;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.text.TextNormalizer;
import io.github.suanzhang.extract.grid.Grid;
import io.github.suanzhang.extract.grid.GridCell;
import io.github.suanzhang.extract.outline.OutlineReader;
import io.github.suanzhang.extract.layout.PageClassifier;
import io.github.suanzhang.extract.layout.PageScan;
import io.github.suanzhang.extract.layout.PdfInput;
import io.github.suanzhang.extract.recognize.DocumentRecognizer;
import io.github.suanzhang.extract.table.Narrative;
import io.github.suanzhang.extract.table.TableLocator;
import io.github.suanzhang.extract.table.TableRegion;
import io.github.suanzhang.extract.table.TableTyper;
import io.github.suanzhang.extract.table.TextLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a disclosure PDF into a {@link Disclosure}: one text pass over the document
 * ({@link PdfInput#scanAll}), page kinds ({@link PageClassifier}: pages without a text layer or with an
 * unreadable one become problems and nothing is read from them), grids and title lines per page
 * ({@link TableLocator}), typed tables ({@link TableTyper}), document metadata from the cover and the
 * tables, and the narrative outside the tables as statements (through a replaceable function from
 * paragraphs to statements, by default one statement per sentence without claims).
 *
 * <p>Thread-safe: holds only immutable configuration; each call opens its own document.
 */
public final class PdfDisclosureReader implements DisclosureReader {
    /** A grid cell naming the entity in the cell to its right. */
    private static final Pattern ENTITY_CELL = Pattern.compile("^(部门|单位|部门（单位）|部门\\(单位\\)|预算单位|预算部门)名称[:：]?$");
    private static final Pattern UNIT_LINE = Pattern.compile("^(预算单位|编制单位|单位名称|部门名称|预算部门|预算主管部门|主管部门)[:：](.+)$");

    private final ExtractOptions options;
    private final Function<List<Narrative.Block>, List<Statement>> narrative;

    /** With the default options and claims read from the narrative ({@link Narrative#CLAIMS}). */
    public PdfDisclosureReader() {
        this(ExtractOptions.DEFAULTS, Narrative.CLAIMS);
    }

    /**
     * @param options   the extractor's tunables
     * @param narrative paragraphs (with the places of their lines) → statements ; {@link Narrative#CLAIMS} by default
     */
    public PdfDisclosureReader(ExtractOptions options, Function<List<Narrative.Block>, List<Statement>> narrative) {
        this.options = options == null ? ExtractOptions.DEFAULTS : options;
        this.narrative = Objects.requireNonNull(narrative, "narrative");
    }

    @Override
    public DisclosureReader withOcr(ExtractOptions.Ocr ocr) {
        return new PdfDisclosureReader(options.withOcr(ocr), narrative);
    }

    /**
     * Reads one PDF.
     *
     * @throws ReadException when the file cannot be read at all (not a PDF, empty, encrypted, damaged)
     */
    @Override
    public Disclosure read(Path file) throws ReadException {
        try {
            return readPdf(file);
        } catch (ExtractionException e) {
            throw new ReadException(e.kind(), e.getMessage(), e);
        }
    }

    private Disclosure readPdf(Path file) throws ExtractionException {
        try (PdfInput in = PdfInput.open(file, options)) {
            List<Problem> problems = new ArrayList<>();
            List<PageScan> scans = in.scanAll(e -> problems.add(e.toProblem()));
            List<TableLocator.PageLayout> layouts = new ArrayList<>();
            OcrPages ocrPages = new OcrPages(options.ocr());
            for (PageScan scan : scans) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ExtractionException(ProblemKind.TIMEOUT, "读取被中断: " + file.getFileName());
                }
                PageClassifier.Verdict v = PageClassifier.classify(scan, options.pageKinds());
                io.github.suanzhang.extract.outline.BlankPages.of(scan, v, in.pageCount()).ifPresent(problems::add);
                io.github.suanzhang.extract.outline.HalfWidthCommas.of(scan).ifPresent(problems::add);
                PageScan read = ocrPages.readIfNeeded(in, scan, v, problems);
                if (read == null) {
                    continue;
                }
                scan = read;
                try {
                    layouts.add(TableLocator.layout(scan, options));
                } catch (ExtractionException e) {
                    problems.add(e.toProblem());
                }
            }
            TableLocator.Located located = TableLocator.locate(layouts, options.tables());
            List<Table> tables = new ArrayList<>();
            int n = 0;
            for (TableRegion region : located.regions()) {
                n++;
                String id = String.format("t%02d", n);
                try {
                    TableTyper.Result r = TableTyper.type(id, region);
                    tables.add(ocrPages.mark(r.table(), problems));
                    problems.addAll(r.problems());
                } catch (RuntimeException e) {
                    problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, region.place().describe() + "表格“" + region.title()
                            + "”无法读取: " + e.getClass().getSimpleName() + ": " + e.getMessage(), region.place()));
                }
            }
            for (TableRegion u : located.unruled()) {
                problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, u.place().describe() + "表格“" + u.title()
                        + "”没有表格线（无框线表格），未读取", u.place()));
            }
            List<Statement> statements = narrative.apply(Narrative.blocks(layouts, located.tableLines(), options.paragraphs()));
            DocumentInfo info = documentInfo(layouts, located.regions(), tables);
            String producer = in.info().producer() != null ? in.info().producer() : in.info().creator();
            Source source = new Source(file.getFileName().toString(), in.info().sha256(), in.pageCount(), "pdf", producer);
            return new Disclosure(source, info, tables, statements, problems,
                    OutlineReader.read(layouts, located.tableLines()));
        }
    }

    /**
     * Which of the labelled cover lines (labels in reading order, {@code 预算单位}, {@code 预算主管部门} …) names the
     * document's body, or -1: the first, but a line naming the supervising department ({@code 预算主管部门：某区财政局})
     * only when there is no other (it is the body of a 部门 document, only the parent of a 单位 document).
     */
    static int coverLine(List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            if (!labels.get(i).endsWith("主管部门")) {
                return i;
            }
        }
        return labels.isEmpty() ? -1 : 0;
    }

    /**
     * Document metadata through {@link DocumentRecognizer}: the text of the first two pages with text as the
     * head (lines outside grids and the cells of grids, in reading order: a title may stand inside a table's
     * frame), short lines and the top cells of every grid (year subtitles, table titles), the entity lines
     * above tables (and a 单位名称：/预算单位： /预算主管部门： line of the cover first, see coverLine), and the typed tables.
     */
    static DocumentInfo documentInfo(List<TableLocator.PageLayout> pages, List<TableRegion> regions, List<Table> tables) {
        List<DocumentRecognizer.Text> head = new ArrayList<>();
        List<DocumentRecognizer.Text> shortLines = new ArrayList<>();
        List<DocumentRecognizer.Text> titles = new ArrayList<>();
        List<DocumentRecognizer.Text> entities = new ArrayList<>();
        List<String> coverLabels = new ArrayList<>();
        List<DocumentRecognizer.Text> coverNames = new ArrayList<>();
        int headPages = 0;
        for (TableLocator.PageLayout p : pages) {
            List<DocumentRecognizer.Text> page = readingOrder(p);
            boolean any = false;
            for (DocumentRecognizer.Text t : page) {
                String c = compact(t.text());
                if (headPages < 2) {
                    Matcher u = UNIT_LINE.matcher(c);
                    if (u.find()) {
                        // the name as printed (full-width brackets kept), without spaces
                        String printed = t.text().replaceAll("\\s+", "");
                        int colon = Math.max(printed.indexOf('：'), printed.indexOf(':'));
                        String name = colon >= 0 ? printed.substring(colon + 1) : u.group(2);
                        coverLabels.add(u.group(1));
                        coverNames.add(new DocumentRecognizer.Text(name, t.place()));
                        continue;
                    }
                    head.add(t);
                    any |= !c.isEmpty();
                }
            }
            for (TextLine l : p.lines()) {
                DocumentRecognizer.Text t = new DocumentRecognizer.Text(l.text(), Place.onPage(l.page(), l.box()));
                titles.add(t);
                if (compact(l.text()).length() <= 12) {
                    shortLines.add(t);
                }
            }
            for (Grid g : p.grids()) {
                for (GridCell cell : g.cells()) {
                    if (cell.isEmpty()) {
                        continue;
                    }
                    Place at = Place.onPage(p.page(), cell.box());
                    if (cell.row() <= 2) {
                        titles.add(new DocumentRecognizer.Text(String.join(" ", cell.lines()), at));
                        for (String line : cell.lines()) {
                            shortLines.add(new DocumentRecognizer.Text(line, at));
                        }
                    }
                    if (ENTITY_CELL.matcher(compact(cell.text())).matches()) {
                        // 部门名称 | 北京市某某局: the next non-empty cell of the line
                        for (int col = cell.col() + cell.colSpan(); col < g.colCount(); col++) {
                            String v = g.textAt(cell.row(), col);
                            if (!v.isBlank()) {
                                String name = compact(v);
                                if (name.length() >= 4 && name.length() <= 40 && !name.matches(".*\\d.*")) {
                                    entities.add(new DocumentRecognizer.Text(name, at));
                                }
                                break;
                            }
                        }
                    }
                }
            }
            if (any) {
                headPages++;
            }
        }
        for (TableRegion r : regions) {
            if (r.entity() != null) {
                entities.add(new DocumentRecognizer.Text(r.entity(), r.place()));
            }
        }
        int c = coverLine(coverLabels);
        DocumentRecognizer.Text coverEntity = c < 0 ? null : coverNames.get(c);
        Unit unit = mostCommon(tables.stream().filter(t -> !t.withoutFigures() && t.unit() != null).map(Table::unit).toList());
        return DocumentRecognizer.recognize(new DocumentRecognizer.Input(head, shortLines, titles, coverEntity, entities,
                tables, unit));
    }

    /**
     * A page's text in reading order: the lines outside grids and the non-empty cells of grids, sorted top to
     * bottom, then left to right; items whose vertical centres are within half a line of each other make one line.
     */
    private static List<DocumentRecognizer.Text> readingOrder(TableLocator.PageLayout p) {
        record Item(String text, Box box) {
        }
        List<Item> items = new ArrayList<>();
        for (TextLine l : p.lines()) {
            if (l.box() != null) {
                items.add(new Item(l.text(), l.box()));
            }
        }
        for (Grid g : p.grids()) {
            for (GridCell cell : g.cells()) {
                if (!cell.isEmpty() && cell.box() != null) {
                    items.add(new Item(cell.text().replace('\n', ' '), cell.box()));
                }
            }
        }
        items.sort(Comparator.comparingDouble((Item i) -> (i.box().y0() + i.box().y1()) / 2).thenComparingDouble(i -> i.box().x0()));
        List<DocumentRecognizer.Text> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Item first = items.get(i);
            double centre = (first.box().y0() + first.box().y1()) / 2;
            double half = Math.max(2, (first.box().y1() - first.box().y0()) / 2);
            List<Item> line = new ArrayList<>();
            while (i < items.size() && Math.abs((items.get(i).box().y0() + items.get(i).box().y1()) / 2 - centre) <= half) {
                line.add(items.get(i));
                i++;
            }
            line.sort(Comparator.comparingDouble(it -> it.box().x0()));
            StringBuilder b = new StringBuilder();
            for (Item it : line) {
                b.append(b.length() == 0 ? "" : " ").append(it.text());
            }
            out.add(new DocumentRecognizer.Text(b.toString(), Place.onPage(p.page(), first.box())));
        }
        return out;
    }

    private static <T> T mostCommon(List<T> xs) {
        Map<T, Integer> counts = new HashMap<>();
        T best = null;
        int bestCount = 0;
        for (T x : xs) {
            int c = counts.merge(x, 1, Integer::sum);
            if (c > bestCount) {
                best = x;
                bestCount = c;
            }
        }
        return best;
    }

    /** Whitespace removed; otherwise as printed (full-width brackets kept in names). */
    private static String compact(String s) {
        return TextNormalizer.withoutWhitespace(s);
    }
}
