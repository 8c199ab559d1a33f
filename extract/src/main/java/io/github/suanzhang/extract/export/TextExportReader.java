package io.github.suanzhang.extract.export;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.OutlineEntry;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.core.table.TableTitleClassifier;
import io.github.suanzhang.extract.recognize.DocumentRecognizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text export of a disclosure (OCR or PDF-to-markdown output, such as the seed document) into
 * a {@link Disclosure}: document metadata, typed tables and narrative statements, with every row,
 * cell and statement placed at its 1-based line ({@link Place#atLine}). Stateless apart from its
 * narrative step; thread-safe when that step is.
 *
 * <h2>Encoding</h2>
 * UTF-8 with or without BOM, UTF-16 with BOM, or GB18030, decided by strict decoding (see
 * {@code TextDecoder}); a file that decodes as none of them gives a disclosure with no content and one
 * {@link ProblemKind#UNKNOWN_ENCODING} problem, never an exception.
 *
 * <h2>Structure</h2>
 * <ul>
 * <li><b>Title and metadata</b>: {@link DocumentRecognizer}, the step PDFs go through too, reads kind,
 *     type, scope (government reports included), year, entity and region from the first lines (the title:
 *     {@code 2023年度武汉市人力资源和社会保障局} / {@code 汉阳社会保险管理处单位决算公开}), short year lines and the
 *     {@code 单位: <entity>} lines under the tables (preferred when two or more agree and the title contains
 *     them). The unit is the one most tables print.</li>
 * <li><b>Table of contents</b> (from 目录 to the repeated first part heading) is skipped.</li>
 * <li><b>Tables</b> start at a line that {@link TableTitleClassifier} takes as a title of a known kind
 *     and that is followed within three lines by a number, unit or {@code 单位:} line (what tells a
 *     title above a table from a list entry). A title followed directly by another title is a heading
 *     (the seed's {@code 一、…整体绩效自评表} above the table's own title). A table runs to the next title
 *     or part heading ({@code 第三部分 …}). Inside it: {@code 公开01表} gives the number, {@code 单位:万元}
 *     the unit (number and unit in either order, on one line or two), {@code 单位: <entity>} the
 *     entity; tab-separated lines are the table; lines from the first {@code 注…}/{@code 备注}/formula line
 *     on are notes; a line saying the body has none of the table's figures ({@code …当年无政府性基金预算
 *     财政拨款收入支出。}) is the table's {@link Table#emptyNote()} when no figure was read. Stamp noise
 *     ({@code <u>中位:武汉市人刀负源…</u>}, {@code 丰世: 武汉市八万页砾…}, {@code 可仪阳红}) and header lines
 *     (项目, 行次, 栏次, 类 款 项 …) never become rows: a row needs a subject code, a 合计/总计 label or (two-sided
 *     tables) a 行次; what each layout does is documented on its parser.</li>
 * <li><b>Columns</b>: the kind's canonical columns ({@link TableKind#columns()}; the union for two-sided
 *     kinds, with {@link io.github.suanzhang.core.table.Row#side()} 收入 or 支出). Code, name, item and
 *     line columns hold text; {@link io.github.suanzhang.core.table.Row#code()} and
 *     {@link io.github.suanzhang.core.table.Row#label()} carry the parsed code and label. Amount cells are
 *     read by {@link io.github.suanzhang.core.number.NumberParser} with the table's unit and the column's
 *     precision, inferred from the column's other figures (that is what repairs {@code 1, 553, 51}).</li>
 * <li><b>Notes</b> are cleaned ({@code <u>}, {@code ^{2.}}, superscript digits, converter spaces);
 *     formula lines are split into one note per formula ({@code 27行=(1+2+3+4+5+6+7+8)行}).</li>
 * <li><b>Narrative</b>: all other lines, joined into paragraphs (a paragraph continues over line
 *     breaks and blank lines until a line ends a sentence: 。 ; : ! ?), under their headings: part
 *     headings ({@code 第三部分 …}), {@code 一、…} and {@code (一)…} headings (short lines without sentence
 *     punctuation). Figure captions ({@code 图 1: …}), chart labels just above them and lines without
 *     any Han character are dropped. Tab-separated blocks in the narrative become {@link TableKind#GENERIC}
 *     tables with the columns their first line prints. Each paragraph goes through the narrative step,
 *     by default one {@link Statement} per paragraph with no claims; a claim extractor plugs in there,
 *     per paragraph or ({@link #withDocumentNarrative}) over all paragraphs of the document in order.</li>
 * </ul>
 */
public final class TextExportReader {

    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分");
    private static final Pattern HEADING_1 = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern HEADING_2 = Pattern.compile("^\\([一二三四五六七八九十]+\\)");
    private static final Pattern CAPTION = Pattern.compile("^图\\s*\\d+\\s*:");
    private static final Pattern SENTENCE_END = Pattern.compile("[。;:!?！？；：]$");
    /** The lines read for the title and cover (recognition stops earlier, at 目录 or 200 characters). */
    private static final int HEAD_LINES = 40;

    private final Function<List<Paragraph>, List<Statement>> narrative;
    private final TableTitleClassifier classifier = new TableTitleClassifier();

    /** A reader whose narrative step makes one statement per paragraph, with no claims. */
    public TextExportReader() {
        this(TextExportReader::onePerParagraph);
    }

    /**
     * A reader with another narrative step, e.g. sentence splitting and claim extraction:
     * {@code new TextExportReader(p -> mySplitter.split(p.text()).stream().map(s -> new Statement(s,
     * p.section(), p.place(), myExtractor.extract(s, p.place()))).toList())}.
     */
    public TextExportReader(Function<Paragraph, List<Statement>> narrative) {
        Objects.requireNonNull(narrative, "narrative");
        this.narrative = ps -> ps.stream().flatMap(p -> narrative.apply(p).stream()).toList();
    }

    private TextExportReader(Function<List<Paragraph>, List<Statement>> document, boolean wholeDocument) {
        this.narrative = Objects.requireNonNull(document, "narrative");
    }

    /**
     * A reader whose narrative step sees all paragraphs of a document at once, in reading order, so that
     * what one paragraph says can carry into the next (a list introducer and its items):
     * {@code TextExportReader.withDocumentNarrative(ParagraphStatements::of)}.
     */
    public static TextExportReader withDocumentNarrative(Function<List<Paragraph>, List<Statement>> narrative) {
        return new TextExportReader(narrative, true);
    }

    /** The default narrative step: the paragraph as one statement without claims. */
    public static List<Statement> onePerParagraph(Paragraph p) {
        return List.of(new Statement(p.text(), p.section(), p.place(), List.of()));
    }

    /** Reads a file; the source's name is the file name as given. */
    public Disclosure read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.toString());
    }

    /** Reads the bytes of a text export named {@code fileName}. */
    public Disclosure read(byte[] bytes, String fileName) {
        Source source = new Source(fileName, sha256(bytes), 0, "text", null);
        Optional<TextDecoder.Decoded> decoded = TextDecoder.decode(bytes);
        if (decoded.isEmpty()) {
            return new Disclosure(source, DocumentInfo.unknown(), List.of(), List.of(), List.of(Problem.of(
                    ProblemKind.UNKNOWN_ENCODING, fileName + "：内容既不是 UTF-8、带字节序标记的 UTF-16，也不是 GB18030 文本；未读取")));
        }
        return read(Line.split(decoded.get().text()), source);
    }

    private Disclosure read(List<Line> lines, Source source) {
        List<Problem> problems = new ArrayList<>();
        List<TableSegment> segments = new ArrayList<>();
        List<Object> items = new ArrayList<>(); // Line (narrative) or TableSegment, in order
        java.util.Set<Integer> titleHeadings = new java.util.HashSet<>();
        int i = skipTitleAndContents(lines);
        while (i < lines.size()) {
            Line line = lines.get(i);
            Optional<TableTitleClassifier.Match> title = tableTitle(lines, i);
            if (title.isPresent()) {
                int end = i + 1;
                while (end < lines.size() && !isPart(lines.get(end)) && !titleShaped(lines.get(end))) {
                    end++;
                }
                TableSegment s = TableSegment.of(null, title.get().kind(),
                        Clean.prose(line.raw()), line, lines.subList(i + 1, end));
                segments.add(s);
                items.add(s);
                i = end;
                continue;
            }
            if (titleShaped(line)) {
                titleHeadings.add(line.no());
            }
            items.add(line);
            i++;
        }
        Unit unit = dominantUnit(segments);
        List<Table> tables = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        List<Line> tabBlock = new ArrayList<>();
        List<OutlineEntry> outline = new ArrayList<>();
        int tableNo = 0;
        items.add(new Line(lines.size() + 1, "end"));
        for (Object item : items) {
            if (item instanceof Line line && line.hasTab() && Clean.cells(line.raw()).size() >= 3) {
                tabBlock.add(line);
                continue;
            }
            if (!tabBlock.isEmpty() && !(item instanceof Line l0 && l0.blank())) {
                flushParagraph(block, headings, paragraphs);
                tableNo++;
                TableSegment g = new TableSegment(String.format("t%02d", tableNo), TableKind.GENERIC, "", tabBlock.get(0));
                g.tableLines.addAll(tabBlock);
                tables.add(TableParsers.parse(g, unit, problems));
                tabBlock.clear();
            }
            if (item instanceof TableSegment s) {
                flushParagraph(block, headings, paragraphs);
                tableNo++;
                s.id = String.format("t%02d", tableNo);
                tables.add(TableParsers.parse(s, unit, problems));
                continue;
            }
            Line line = (Line) item;
            if (line.no() > lines.size()) {
                break;
            }
            narrativeLine(line, titleHeadings.contains(line.no()), block, headings, paragraphs);
            outlineLine(line, outline);
        }
        flushParagraph(block, headings, paragraphs);
        DocumentInfo info = documentInfo(lines, segments, tables, unit);
        return new Disclosure(source, info, tables, narrative.apply(paragraphs), problems, outline);
    }

    // ---------------------------------------------------------------- narrative

    /** A numbered heading line (第一部分, 一、, (一)) as an outline entry of its level (1, 2, 3). */
    private static void outlineLine(Line line, List<OutlineEntry> outline) {
        if (line.blank()) {
            return;
        }
        String text = Clean.paragraph(line.raw());
        int level = headingLevel(text);
        if (level == 0) {
            return;
        }
        Matcher m = OUTLINE_NUMBER.matcher(text);
        boolean numbered = m.find();
        String number = numbered ? m.group().replaceAll("\\s+", "") : "";
        String title = text.substring(numbered ? m.end() : 0).replaceAll("\\s+", "");
        outline.add(new OutlineEntry(OutlineEntry.Kind.HEADING, level, number, title, Place.atLine(line.no()), null));
    }

    private static final Pattern OUTLINE_NUMBER = Pattern.compile(
            "^\\s*(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\\s*");

    private void narrativeLine(Line line, boolean titleHeading, List<Line> block, List<String> headings,
                               List<Paragraph> out) {
        if (line.blank()) {
            return;
        }
        String text = Clean.paragraph(line.raw());
        if (text.isEmpty() || !Clean.hasHan(text) || CAPTION.matcher(text).find()) {
            if (CAPTION.matcher(text).find() && block.size() == 1 && isChartLabel(block.get(0))) {
                block.clear();
            }
            return;
        }
        int level = titleHeading ? 2 : headingLevel(text);
        if (level == 0) {
            // a numbered paragraph that is not a heading ((四)基本支出:指…) still ends the headings below its rank
            int rank = HEADING_1.matcher(text).find() ? 2 : HEADING_2.matcher(text).find() ? 3 : 0;
            if (rank > 0 && headings.size() >= rank) {
                flushParagraph(block, headings, out);
                while (headings.size() >= rank) {
                    headings.remove(headings.size() - 1);
                }
            }
        }
        if (level > 0) {
            flushParagraph(block, headings, out);
            while (headings.size() >= level) {
                headings.remove(headings.size() - 1);
            }
            while (headings.size() < level - 1) {
                headings.add("");
            }
            headings.add(text);
            return;
        }
        if (!block.isEmpty()) {
            String before = Clean.paragraph(block.get(block.size() - 1).raw());
            if (SENTENCE_END.matcher(before).find()) {
                flushParagraph(block, headings, out);
            }
        }
        block.add(line);
    }

    /** A short line without sentence punctuation just above a caption: the text of a chart. */
    private static boolean isChartLabel(Line l) {
        String t = Clean.paragraph(l.raw());
        return t.length() <= 12 && !t.matches(".*[,.;:。，；：、].*");
    }

    /** 1 for a part heading, 2 for 一、…, 3 for (一)…; 0 for text. */
    static int headingLevel(String text) {
        if (PART.matcher(text).find()) {
            return 1;
        }
        int level = HEADING_1.matcher(text).find() ? 2 : HEADING_2.matcher(text).find() ? 3 : 0;
        if (level == 0) {
            return 0;
        }
        String body = text.endsWith("。") ? text.substring(0, text.length() - 1) : text;
        boolean shortPlain = body.length() <= 30 && !body.matches(".*[。;:；：].*")
                && (!body.matches(".*[,，].*") || body.length() <= 20);
        return shortPlain ? level : 0;
    }

    private void flushParagraph(List<Line> block, List<String> headings, List<Paragraph> out) {
        if (block.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        List<Integer> nos = new ArrayList<>();
        for (Line l : block) {
            text.append(Clean.paragraph(l.raw()));
            nos.add(l.no());
        }
        List<String> hs = headings.stream().filter(h -> !h.isEmpty()).toList();
        String section = hs.isEmpty() ? null : String.join(Paragraph.SEPARATOR, hs);
        out.add(new Paragraph(text.toString(), section, hs, Place.atLine(nos.get(0)), nos));
        block.clear();
    }

    // ---------------------------------------------------------------- structure

    private static boolean isPart(Line l) {
        return PART.matcher(Clean.paragraph(l.raw())).find();
    }

    /** A line the title classifier takes for a title of a known kind (a table's or an attachment heading). */
    private boolean titleShaped(Line line) {
        if (line.blank() || line.hasTab() || isPart(line)) {
            return false;
        }
        return classifier.match(Clean.paragraph(line.raw())).filter(m -> m.kind() != TableKind.GENERIC).isPresent();
    }

    /** The title match when line {@code i} starts a table (see the class comment). */
    private Optional<TableTitleClassifier.Match> tableTitle(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.blank() || line.hasTab() || isPart(line)) {
            return Optional.empty();
        }
        Optional<TableTitleClassifier.Match> m = classifier.match(Clean.paragraph(line.raw()));
        if (m.isEmpty() || m.get().kind() == TableKind.GENERIC) {
            return Optional.empty();
        }
        int seen = 0;
        for (int j = i + 1; j < lines.size() && seen < 3; j++) {
            Line next = lines.get(j);
            if (next.blank()) {
                continue;
            }
            seen++;
            String t = Clean.cell(next.raw());
            if (seen == 1 && !next.hasTab() && classifier.match(Clean.paragraph(next.raw())).isPresent()) {
                return Optional.empty(); // a heading above the table's own title
            }
            if (TableSegment.NUMBER.matcher(t).find() || t.startsWith("单位") || TableSegment.UNIT.matcher(t).find()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** The index of the first line after the document title and the table of contents. */
    private static int skipTitleAndContents(List<Line> lines) {
        int i = 0;
        while (i < lines.size() && !isPart(lines.get(i)) && !Clean.compact(lines.get(i).raw()).equals("目录")) {
            i++;
        }
        if (i < lines.size() && Clean.compact(lines.get(i).raw()).equals("目录")) {
            String first = null;
            for (int j = i + 1; j < lines.size(); j++) {
                if (isPart(lines.get(j))) {
                    String p = Clean.compact(Clean.paragraph(lines.get(j).raw()));
                    if (first == null) {
                        first = p;
                    } else if (p.equals(first)) {
                        return j;
                    }
                }
            }
            return i + 1;
        }
        return i;
    }

    /**
     * Document metadata through {@link DocumentRecognizer}: the first lines as the head, short lines
     * (year subtitles), the {@code 单位: <entity>} lines of the tables, and the typed tables.
     */
    private static DocumentInfo documentInfo(List<Line> lines, List<TableSegment> segments, List<Table> tables, Unit unit) {
        List<DocumentRecognizer.Text> head = new ArrayList<>();
        List<DocumentRecognizer.Text> shortLines = new ArrayList<>();
        for (Line l : lines) {
            String text = Clean.paragraph(l.raw());
            if (text.isEmpty()) {
                continue;
            }
            DocumentRecognizer.Text t = new DocumentRecognizer.Text(text, Place.atLine(l.no()));
            if (head.size() < HEAD_LINES) {
                head.add(t);
            }
            if (Clean.compact(text).length() <= 12) {
                shortLines.add(t);
            }
        }
        List<DocumentRecognizer.Text> entities = new ArrayList<>();
        for (TableSegment s : segments) {
            for (String e : s.entities) {
                entities.add(new DocumentRecognizer.Text(e, Place.atLine(s.titleLine.no())));
            }
        }
        return DocumentRecognizer.recognize(new DocumentRecognizer.Input(head, shortLines, List.of(), null, entities, tables, unit));
    }

    private static Unit dominantUnit(List<TableSegment> segments) {
        Map<Unit, Integer> counts = new HashMap<>();
        for (TableSegment s : segments) {
            if (s.unit != null) {
                counts.merge(s.unit, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
