package io.github.suanzhang.extract;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.extract.pdf.PageClassifier;
import io.github.suanzhang.extract.pdf.PageScan;
import io.github.suanzhang.extract.pdf.PdfInput;
import io.github.suanzhang.extract.table.Narrative;
import io.github.suanzhang.extract.table.TableLocator;
import io.github.suanzhang.extract.table.TableRegion;
import io.github.suanzhang.extract.table.TableTyper;
import io.github.suanzhang.extract.table.TextLine;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private static final Pattern COVER = Pattern.compile("(.+?)((?:19|20)\\d{2})年度?(?:市级|区级|县级|省级)?(部门|单位)(预算|决算)");
    private static final Pattern COVER_YEAR_FIRST = Pattern.compile("((?:19|20)\\d{2})年度?(.+?)(部门|单位)(预算|决算)");
    private static final Pattern UNIT_LINE = Pattern.compile("^(预算单位|编制单位|单位名称|部门名称|预算部门)[:：](.+)$");
    private static final Pattern DEPARTMENT_LINE = Pattern.compile("(^|[^单])(部门|部门名称|编制部门|预算部门)[:：]");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    /**
     * A government's budget or accounts, not a department's: 总预算/总决算, 财政决算, 决算草案/预算草案, 预算执行情况,
     * 全省/全市/全区/全县, 省本级/市本级 (河北 2021 总决算, 黑龙江 2023 财政决算, 平顶山 2019 决算草案的说明, 岳阳 2025
     * 预算执行情况与2026年预算草案的报告, 威海 2025 … 预算执行情况).
     */
    private static final Pattern GOVERNMENT = Pattern.compile(
            "总预算|总决算|财政决算|决算草案|预算(?:\\(|（)?草案|预算执行情况|(?:全|本级)(?:省|市|区|县)|(?:省|市|区|县)本级");
    /** The year a government document is about: the year before 决算 or before 预算草案, else the first year. */
    private static final Pattern GOVERNMENT_YEAR = Pattern.compile("((?:19|20)\\d{2})年度?[^年]{0,16}?(?:决算|预算(?:\\(|（)?草案)");

    private final ExtractOptions options;
    private final Function<List<Narrative.Block>, List<Statement>> narrative;

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
            TableLocator.Located located = TableLocator.locate(layouts);
            List<Table> tables = new ArrayList<>();
            int n = 0;
            for (TableRegion region : located.regions()) {
                n++;
                String id = String.format("t%02d", n);
                try {
                    TableTyper.Result r = TableTyper.type(id, region);
                    tables.add(ocrPages.mark(r.table()));
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
            List<Statement> statements = narrative.apply(Narrative.blocks(layouts, located.tableLines()));
            DocumentInfo info = documentInfo(layouts, located.regions(), tables);
            String producer = in.info().producer() != null ? in.info().producer() : in.info().creator();
            Source source = new Source(file.getFileName().toString(), in.info().sha256(), in.pageCount(), "pdf", producer);
            return new Disclosure(source, info, tables, statements, problems);
        }
    }

    static DocumentInfo documentInfo(List<TableLocator.PageLayout> pages, List<TableRegion> regions, List<Table> tables) {
        StringBuilder cover = new StringBuilder();
        String unitLine = null;
        for (TableLocator.PageLayout p : pages) {
            for (TextLine l : p.lines()) {
                String c = compact(l.text());
                if (c.equals("目") || c.startsWith("目录")) {
                    break;
                }
                Matcher u = UNIT_LINE.matcher(c);
                if (u.find() && unitLine == null) {
                    // the name as printed (full-width brackets kept), without spaces
                    String printed = l.text().replaceAll("\\s+", "");
                    int colon = Math.max(printed.indexOf('：'), printed.indexOf(':'));
                    unitLine = colon >= 0 ? printed.substring(colon + 1) : u.group(2);
                } else if (cover.length() < 200) {
                    cover.append(c);
                }
            }
            if (cover.length() > 0) {
                break;
            }
        }
        String coverText = cover.toString();
        String entity = unitLine;
        Integer year = null;
        DocumentType type = DocumentType.UNKNOWN;
        Scope scope = Scope.UNKNOWN;
        Matcher m = COVER.matcher(coverText);
        Matcher m2 = COVER_YEAR_FIRST.matcher(coverText);
        if (GOVERNMENT.matcher(coverText).find()) {
            // before the department patterns: a government report's cover may name 部门预算 too (威海 2025: 部门预算草案)
            scope = Scope.GOVERNMENT;
            boolean finalAccounts = coverText.contains("决算") && !coverText.matches(".*预算(?:\\(|（)?草案.*");
            type = finalAccounts ? DocumentType.FINAL_ACCOUNTS : DocumentType.BUDGET;
            Matcher gy = GOVERNMENT_YEAR.matcher(coverText);
            Matcher fy = YEAR.matcher(coverText);
            year = gy.find() ? Integer.valueOf(gy.group(1)) : fy.find() ? Integer.valueOf(fy.group(1)) : null;
        } else if (m.find()) {
            year = Integer.valueOf(m.group(2));
            scope = m.group(3).equals("部门") ? Scope.DEPARTMENT : Scope.UNIT;
            type = m.group(4).equals("预算") ? DocumentType.BUDGET : DocumentType.FINAL_ACCOUNTS;
            if (entity == null && !m.group(1).matches("^.{2,3}[省市区县]$")) {
                entity = m.group(1);
            }
        } else if (m2.find()) {
            year = Integer.valueOf(m2.group(1));
            scope = m2.group(3).equals("部门") ? Scope.DEPARTMENT : Scope.UNIT;
            type = m2.group(4).equals("预算") ? DocumentType.BUDGET : DocumentType.FINAL_ACCOUNTS;
            if (entity == null) {
                entity = m2.group(2);
            }
        }
        if (entity == null) {
            entity = mostCommon(regions.stream().map(TableRegion::entity).filter(Objects::nonNull).toList());
        }
        if (scope == Scope.UNKNOWN && DEPARTMENT_LINE.matcher(coverText).find()) {
            scope = Scope.DEPARTMENT; // files of tables only: 部门：江苏省政协办公厅 above the first table
        }
        if (year == null) {
            List<String> years = new ArrayList<>();
            for (TableRegion r : regions) {
                Matcher y = YEAR.matcher(r.title());
                if (y.find()) {
                    years.add(y.group(1));
                }
            }
            String y = mostCommon(years);
            year = y == null ? null : Integer.valueOf(y);
        }
        if (type == DocumentType.UNKNOWN) {
            List<DocumentType> types = tables.stream().map(t -> t.kind().documentType())
                    .filter(t -> t != DocumentType.UNKNOWN).toList();
            DocumentType t = mostCommon(types);
            type = t == null ? (coverText.contains("决算") ? DocumentType.FINAL_ACCOUNTS
                    : coverText.contains("预算") ? DocumentType.BUDGET : DocumentType.UNKNOWN) : t;
        }
        Unit unit = mostCommon(tables.stream().filter(t -> !t.withoutFigures() && t.unit() != null).map(Table::unit).toList());
        return new DocumentInfo(entity, year, type, scope, unit, coverText.isEmpty() ? null : coverText);
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
        return s.replaceAll("[\\s\u3000]+", "");
    }
}
