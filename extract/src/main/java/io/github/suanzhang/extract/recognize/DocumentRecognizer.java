package io.github.suanzhang.extract.recognize;

import io.github.suanzhang.core.doc.Clue;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.DocumentKind;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.core.table.TableTitleClassifier;
import io.github.suanzhang.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document is, read from its content: kind (a disclosure, a part of one, not a disclosure), type
 * (预算/决算), scope (部门/单位/政府), year, entity and region, each with the text and place it was read from
 * and a confidence. One step for PDFs and text exports alike: each reader hands over the lines at the
 * head of the document (cover and title, in reading order), its short lines (subtitles such as
 * {@code （2026年度）}), the entity lines printed above its tables and its typed tables.
 *
 * <h2>How it reads</h2>
 * <ol>
 * <li><b>Cover</b>: the head lines up to the table of contents (目录), joined without spaces, at most 200
 *     characters. The file name is never read: a file named 2026年部门预算 may hold a 2025 budget or a notice.</li>
 * <li><b>Government report</b>: 总预算/总决算, 财政决算, 决算草案, 预算(草案), 预算执行情况, 全省/市本级…, 地方政府债务,
 *     together with 预算 or 决算 on the cover → {@link Scope#GOVERNMENT}.</li>
 * <li><b>Disclosure title</b>: a year, an entity and 部门/单位 + (综合)预算/决算 in either order
 *     ({@code 2026年度无锡市商务局部门预算公开}, {@code 湖州市财政局2026年部门预算}, {@code 某某局2026年部门综合预算});
 *     {@code …报表} after it marks the tables part, {@code …情况说明} the narrative part.</li>
 * <li><b>Genre</b> of a file that is not a disclosure, on the cover before any disclosure title: 关于…的通知 / 通报 /
 *     意见 / 决定, 通告, 公告, 公报, 政府网站年度报表, 政府信息公开年度报告, 统计公报, 信用评级, 申请表, 流程图, 简章,
 *     岗位规范, 绩效评价报告 / 绩效评价结果, 绩效自评表, 抽查/检查情况, a 规范性文件 registration number
 *     ({@code ABCD01-2025-0010}). A file with three or more standard disclosure tables stays a disclosure.</li>
 * <li><b>Fallbacks</b> when the cover states no title: type from the tables' kinds and numbers
 *     ({@code 预算01表}); scope from table titles (部门整体支出绩效目标表, 部门收支总表 → 部门) and entity labels
 *     (部门名称/单位名称); year from table titles and year subtitles ({@code （2026年度）}); entity from the entity
 *     lines above tables and from 部门名称/单位名称 cells. A file that opens with a table title and states no
 *     disclosure title is the tables part of a disclosure.</li>
 * </ol>
 * Confidence: 0.95 when a title gives type, scope and year; 0.8 when a title gives some and tables the rest;
 * 0.7 when only tables and headers speak; 0.9 for a recognised genre; null when nothing was recognised.
 */
public final class DocumentRecognizer {

    /** A line of text where it stands. */
    public record Text(String text, Place place) {
        public Text {
            text = text == null ? "" : text;
        }
    }

    /**
     * What recognition looks at.
     *
     * @param head        the first lines of the document in reading order (cover, title, contents, first text)
     * @param shortLines  short lines anywhere (subtitles such as （2026年度）, headings), in order; may be empty
     * @param titles      lines anywhere that may be table titles (the first lines above or atop each table), whether
     *                    or not a table was typed from them; may be empty
     * @param coverEntity the name on an entity line of the cover (单位名称：…, 预算单位：…), preferred to all others; or null
     * @param entityLines names printed on entity lines above tables (编制单位：…, 部门：…)
     * @param tables      the typed tables
     * @param unit        the unit most amounts are in, or null
     */
    public record Input(List<Text> head, List<Text> shortLines, List<Text> titles, Text coverEntity, List<Text> entityLines, List<Table> tables, Unit unit) {
        public Input {
            head = List.copyOf(head == null ? List.of() : head);
            shortLines = List.copyOf(shortLines == null ? List.of() : shortLines);
            titles = List.copyOf(titles == null ? List.of() : titles);
            entityLines = List.copyOf(entityLines == null ? List.of() : entityLines);
            tables = List.copyOf(tables == null ? List.of() : tables);
        }
    }

    private static final int COVER_CHARS = 200;
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern TITLE_YEAR_FIRST = Pattern.compile(
            YEAR + "年度?(.{2,40}?)(?:" + YEAR + "年度?)?(?:市级|区级|县级|省级)?(部门|单位)(综合)?(预算|决算)(信息公开|公开|报表|情况说明|说明)?");
    private static final Pattern TITLE_ENTITY_FIRST = Pattern.compile(
            "(.{2,40}?)" + YEAR + "(?:年度?)?(?:市级|区级|县级|省级)?(部门|单位)(综合)?(预算|决算)(信息公开|公开|报表|情况说明|说明)?");
    private static final Pattern GOVERNMENT = Pattern.compile(
            "总预算|总决算|财政决算|决算草案|预算[(（]?草案|预算(?:收入|支出)?执行情况|(?:全|本级)(?:省|市|区|县)|(?:省|市|区|县)本级|政府(?:一般|专项)?债务");
    /** A government's budget documents (预算草案, 预算执行情况) rather than its final accounts. */
    private static final Pattern GOVERNMENT_BUDGET = Pattern.compile("预算[(（]?草案|预算(?:收入|支出)?执行情况");
    /** The year a government document is about, tried in order: before 预算草案, before 执行情况, before 决算. */
    private static final List<Pattern> GOVERNMENT_YEARS = List.of(
            Pattern.compile(YEAR + "年度?[^年]{0,16}?预算[(（]?草案"),
            Pattern.compile(YEAR + "年度?[^年]{0,16}?执行情况"),
            Pattern.compile(YEAR + "年度?[^年]{0,16}?决算"));
    private static final Pattern ANY_YEAR = Pattern.compile(YEAR + "年");
    private static final Pattern YEAR_SUBTITLE = Pattern.compile("^[(（]?" + YEAR + "年度?[)）]?$");
    private static final Pattern REGION = Pattern.compile(
            "^(?:中共|中国共产党)?([^省市县区]{2,7}?(?:省|自治区|市))([^省市县区局委办厅]{1,5}?(?:区|县))?");
    private static final Pattern LEADING_JUNK = Pattern.compile("^(?:附件\\d*[:：]?|[\\d一二三四五六七八九十]+[、.．])");
    private static final Pattern CONTENTS = Pattern.compile("^目录|^目$");
    /** Genres of files that are not disclosures: the pattern, the genre, the title span to keep. */
    private static final List<Genre> GENRES = List.of(
            new Genre("政府网站(?:工作)?年度报表", "网站年度报表"),
            new Genre("政府信息公开(?:工作)?年度报告", "政府信息公开年度报告"),
            new Genre("统计公报", "统计公报"),
            new Genre("信用等级通知书|信用评级报告|跟踪评级", "信用评级"),
            new Genre("(?:政府|人民政府)公报", "公报"),
            new Genre("关于.{1,80}?的(通知|通报|意见|决定|批复|函)", null),
            new Genre("巡[察视]通告|通告$|^通告", "通告"),
            new Genre("公告$|^公告", "公告"),
            new Genre("申请表", "申请表"),
            new Genre("流程图", "流程图"),
            new Genre("简章", "简章"),
            new Genre("岗位规范|工作规范", "工作规范"),
            new Genre("绩效评价(?:报告|结果)", "绩效评价报告"),
            new Genre("绩效自评(?:表|报告)", "绩效自评表"),
            new Genre("(?:抽查|检查|抽检)(?:情况|结果)", "检查结果"),
            new Genre("^[A-Z]{2,6}\\d{0,2}-\\d{4}-\\d{1,5}", "规范性文件"));
    private static final Pattern ENTITY_LABEL = Pattern.compile("^(部门|单位|部门（单位）|部门\\(单位\\)|预算单位|预算部门)名称[:：]?$");

    private record Genre(Pattern pattern, String genre) {
        Genre(String regex, String genre) {
            this(Pattern.compile(regex), genre);
        }
    }

    private DocumentRecognizer() {
    }

    /** The cover joined without spaces, with the line each character came from. */
    private record Cover(String text, int[] line, List<Text> lines) {
        Place place(int at) {
            return at < 0 || at >= line.length ? Place.UNKNOWN : lines.get(line[at]).place();
        }

        String original(int from, int to) {
            return text.substring(from, to);
        }
    }

    public static DocumentInfo recognize(Input in) {
        Cover cover = cover(in.head());
        String c = digits(cover.text());
        List<Clue> clues = new ArrayList<>();
        String entity = null;
        Integer year = null;
        DocumentType type = DocumentType.UNKNOWN;
        Scope scope = Scope.UNKNOWN;
        DocumentKind kind = null;
        String genre = null;
        String title = null;
        int fromTitle = 0;
        int titleAt = Integer.MAX_VALUE;

        Matcher gov = GOVERNMENT.matcher(c);
        Matcher t1 = TITLE_YEAR_FIRST.matcher(c);
        Matcher t2 = TITLE_ENTITY_FIRST.matcher(c);
        // 关于做好2031年部门预算编制工作的通知 names no entity: a notice about budgets is no budget
        boolean y1 = t1.find() && !t1.group(2).contains("关于");
        boolean y2 = t2.find() && !t2.group(1).contains("关于");
        if (gov.find() && (c.contains("预算") || c.contains("决算") || gov.group().contains("债务"))) {
            // before the department patterns: a government report's cover may name 部门预算 too (部门预算草案);
            // 全市/市本级 alone is no government report (市本级建设工程抽查情况表): 预算 or 决算 must be named, or 政府债务
            scope = Scope.GOVERNMENT;
            // 预算执行情况表 of a budget report may print a 决算数 column: the budget words decide first
            boolean finalAccounts = c.contains("决算") && !GOVERNMENT_BUDGET.matcher(c).find();
            type = finalAccounts ? DocumentType.FINAL_ACCOUNTS : DocumentType.BUDGET;
            int at = -1;
            for (Pattern py : GOVERNMENT_YEARS) {
                Matcher gy = py.matcher(c);
                if (gy.find()) {
                    at = gy.start(1);
                    break;
                }
            }
            Matcher fy = ANY_YEAR.matcher(c);
            if (at < 0 && fy.find()) {
                at = fy.start(1);
            }
            year = at < 0 ? null : Integer.valueOf(c.substring(at, at + 4));
            titleAt = gov.start();
            title = c.substring(0, Math.min(c.length(), DocumentInfo.MAX_TITLE));
            clues.add(new Clue("scope", scope.name(), gov.group(), cover.place(gov.start())));
            clues.add(new Clue("type", type.name(), title, cover.place(0)));
            if (year != null) {
                clues.add(new Clue("year", year.toString(), c.substring(Math.max(0, at - 10), Math.min(c.length(), at + 20)),
                        cover.place(at)));
            }
            fromTitle = year == null ? 2 : 3;
        } else if (y1 || y2) {
            boolean first = y1 && (!y2 || t1.start() <= t2.start());
            Matcher m = first ? t1 : t2;
            titleAt = m.start();
            String yearText = first ? m.group(1) : m.group(2);
            String name = cleanEntity(first ? cover.original(m.start(2), m.end(2)) : cover.original(m.start(1), m.end(1)));
            String scopeWord = first ? m.group(4) : m.group(3);
            String typeWord = first ? m.group(6) : m.group(5);
            String suffix = first ? m.group(7) : m.group(6);
            year = Integer.valueOf(yearText);
            scope = scopeWord.equals("部门") ? Scope.DEPARTMENT : Scope.UNIT;
            type = typeWord.equals("预算") ? DocumentType.BUDGET : DocumentType.FINAL_ACCOUNTS;
            title = cleanEntity(cover.original(m.start(), m.end()));
            if (!name.matches("^.{2,3}[省市区县]$") && !name.isEmpty()) {
                entity = name;
            }
            Place p = cover.place(m.start());
            clues.add(new Clue("type", type.name(), title, p));
            clues.add(new Clue("scope", scope.name(), title, p));
            clues.add(new Clue("year", yearText, title, p));
            if (entity != null) {
                clues.add(new Clue("entity", entity, title, p));
            }
            fromTitle = 3;
            if ("报表".equals(suffix)) {
                kind = DocumentKind.DISCLOSURE_TABLES;
                genre = "报表";
            } else if (suffix != null && suffix.endsWith("说明") && in.tables().stream().noneMatch(DocumentRecognizer::standardDisclosureTable)) {
                // 情况说明 with no standard table of figures: the narrative published alone
                kind = DocumentKind.DISCLOSURE_NARRATIVE;
                genre = "情况说明";
            }
        }

        // a genre standing before any disclosure title: not a disclosure
        List<TitleLine> titleLines = titleLines(in);
        int standard = Math.max((int) in.tables().stream().filter(DocumentRecognizer::standardDisclosureTable).count(),
                (int) titleLines.stream().map(TitleLine::kind).filter(k -> k != TableKind.PERFORMANCE_SELF_EVALUATION).distinct().count());
        String notTitle = null;
        Clue genreClue = null;
        int genreAt = Integer.MAX_VALUE;
        for (Genre g : GENRES) {
            Matcher gm = g.pattern().matcher(c);
            boolean found = gm.find();
            while (found && quoted(c, gm.start())) {
                found = gm.find(); // 《…关于机构设置的通知》 names another document
            }
            if (found && gm.start() < genreAt) {
                genreAt = gm.start();
                String name = g.genre() != null ? g.genre() : gm.group(1);
                notTitle = shortTitle(cover, gm);
                genreClue = new Clue("genre", name, notTitle, cover.place(gm.start()));
                genre = name;
            }
        }
        if (genreClue != null && genreAt < titleAt && standard < 3) {
            List<Clue> g = new ArrayList<>();
            g.add(new Clue("kind", DocumentKind.NOT_A_DISCLOSURE.label(), genreClue.text(), genreClue.place()));
            g.add(genreClue);
            return new DocumentInfo(null, null, DocumentType.UNKNOWN, Scope.UNKNOWN, in.unit(), notTitle,
                    DocumentKind.NOT_A_DISCLOSURE, genre, null, 0.9, g);
        }
        if (genreClue != null && kind == null) {
            genre = null; // a genre word after the title (a disclosure's 关于…的说明) says nothing
        }

        // fallbacks from tables, headers and entity lines
        if (type == DocumentType.UNKNOWN) {
            Vote<DocumentType> v = new Vote<>();
            for (Table t : in.tables()) {
                DocumentType dt = t.kind().documentType();
                if (dt == DocumentType.UNKNOWN) {
                    String words = Objects.toString(t.number(), "") + t.title();
                    dt = words.contains("决算") ? DocumentType.FINAL_ACCOUNTS : words.contains("预算") ? DocumentType.BUDGET
                            : DocumentType.UNKNOWN;
                }
                if (dt != DocumentType.UNKNOWN) {
                    v.add(dt, new Clue("type", dt.name(), Objects.toString(t.number(), "") + " " + t.title(), t.place()));
                }
            }
            for (TitleLine t : titleLines) {
                DocumentType dt = t.kind().documentType();
                if (dt == DocumentType.UNKNOWN) {
                    dt = t.text().contains("决算") ? DocumentType.FINAL_ACCOUNTS : t.text().contains("预算")
                            ? DocumentType.BUDGET : DocumentType.UNKNOWN;
                }
                if (dt != DocumentType.UNKNOWN) {
                    v.add(dt, new Clue("type", dt.name(), t.text(), t.place()));
                }
            }
            if (v.best() != null) {
                type = v.best();
                clues.add(v.clue());
            } else if (c.contains("决算") || c.contains("预算")) {
                type = c.contains("决算") ? DocumentType.FINAL_ACCOUNTS : DocumentType.BUDGET;
                clues.add(new Clue("type", type.name(), c, cover.place(0)));
            }
        }
        if (scope == Scope.UNKNOWN) {
            Vote<Scope> v = new Vote<>();
            for (Table t : in.tables()) {
                String words = Objects.toString(t.number(), "") + t.title();
                Scope s = words.contains("部门") ? Scope.DEPARTMENT : words.contains("单位") && !words.contains("单位：")
                        ? Scope.UNIT : Scope.UNKNOWN;
                if (s != Scope.UNKNOWN) {
                    v.add(s, new Clue("scope", s.name(), words, t.place()));
                }
            }
            for (TitleLine t : titleLines) {
                if (t.text().contains("部门")) {
                    v.add(Scope.DEPARTMENT, new Clue("scope", Scope.DEPARTMENT.name(), t.text(), t.place()));
                }
            }
            for (Labelled l : labelled(in.tables())) {
                Scope s = l.label().startsWith("部门") ? Scope.DEPARTMENT : Scope.UNIT;
                v.add(s, new Clue("scope", s.name(), l.label() + " " + l.value(), l.place()));
            }
            if (v.best() == null && c.matches(".*(?:^|[^单])(?:部门|部门名称|编制部门|预算部门)[:：].*")) {
                v.add(Scope.DEPARTMENT, new Clue("scope", Scope.DEPARTMENT.name(), c, cover.place(0)));
            }
            if (v.best() != null) {
                scope = v.best();
                clues.add(v.clue());
            }
        }
        if (year == null) {
            Vote<Integer> v = new Vote<>();
            for (Table t : in.tables()) {
                Matcher y = ANY_YEAR.matcher(digits(t.title()));
                if (y.find()) {
                    v.add(Integer.valueOf(y.group(1)), new Clue("year", y.group(1), t.title(), t.place()));
                }
            }
            for (TitleLine t : titleLines) {
                Matcher y = ANY_YEAR.matcher(digits(t.text()));
                if (y.find()) {
                    v.add(Integer.valueOf(y.group(1)), new Clue("year", y.group(1), t.text(), t.place()));
                }
            }
            for (Text l : in.shortLines()) {
                Matcher y = YEAR_SUBTITLE.matcher(digits(compact(l.text())));
                if (y.matches()) {
                    v.add(Integer.valueOf(y.group(1)), new Clue("year", y.group(1), l.text(), l.place()));
                }
            }
            if (v.best() != null) {
                year = v.best();
                clues.add(v.clue());
            }
        }
        Vote<String> names = new Vote<>();
        for (Text l : in.entityLines()) {
            String n = compact(l.text());
            if (!n.isEmpty()) {
                names.add(n, new Clue("entity", n, l.text(), l.place()));
            }
        }
        for (Labelled l : labelled(in.tables())) {
            names.add(l.value(), new Clue("entity", l.value(), l.label() + " " + l.value(), l.place()));
        }
        String named = names.best();
        if (in.coverEntity() != null && !compact(in.coverEntity().text()).isEmpty()) {
            clues.removeIf(k -> k.field().equals("entity"));
            entity = compact(in.coverEntity().text());
            clues.add(new Clue("entity", entity, in.coverEntity().text(), in.coverEntity().place()));
        } else if (named != null && (entity == null || (names.count() >= 2 && title != null && title.contains(named)))) {
            if (entity != null) {
                clues.removeIf(k -> k.field().equals("entity"));
            }
            entity = named;
            clues.add(names.clue());
        }

        if (kind == null) {
            boolean opensWithTable = !in.head().isEmpty() && titleKind(in.head().get(0).text()) != null;
            if (title == null && standard > 0 && opensWithTable) {
                kind = DocumentKind.DISCLOSURE_TABLES;
                genre = "报表";
                clues.add(new Clue("kind", kind.label(), in.head().get(0).text(), in.head().get(0).place()));
            } else if (type != DocumentType.UNKNOWN || scope != Scope.UNKNOWN) {
                kind = DocumentKind.DISCLOSURE;
            } else {
                kind = DocumentKind.UNKNOWN;
            }
        }
        String region = null;
        if (entity != null) {
            Matcher r = REGION.matcher(entity);
            if (r.find()) {
                region = r.group(1) + (r.group(2) == null ? "" : r.group(2));
                clues.add(new Clue("region", region, entity, null));
            }
        }
        Double confidence;
        if (kind == DocumentKind.UNKNOWN) {
            confidence = null;
        } else if (fromTitle >= 3) {
            confidence = 0.95;
        } else if (fromTitle > 0) {
            confidence = 0.8;
        } else {
            confidence = 0.7;
        }
        if (title == null && !c.isEmpty() && kind != DocumentKind.DISCLOSURE_TABLES) {
            title = c.length() > 60 ? c.substring(0, 60) + "…" : c;
        }
        return new DocumentInfo(entity, year, type, scope, in.unit(), title, kind, genre, region, confidence, clues);
    }

    private static final TableTitleClassifier TITLES = new TableTitleClassifier();

    private record TitleLine(String text, TableKind kind, Place place) {
    }

    /** The title lines the classifier takes for standard disclosure tables (预算01表 收支总表, 部门收支总表 …). */
    private static List<TitleLine> titleLines(Input in) {
        List<TitleLine> out = new ArrayList<>();
        for (Text t : in.titles()) {
            TableKind k = titleKind(t.text());
            if (k != null) {
                out.add(new TitleLine(compact(t.text()), k, t.place()));
            }
        }
        return out;
    }

    private static TableKind titleKind(String text) {
        String c = compact(text);
        if (c.isEmpty() || c.length() > TableTitleClassifier.MAX_LENGTH) {
            return null;
        }
        return TITLES.match(c).map(TableTitleClassifier.Match::kind).filter(k -> k != TableKind.GENERIC).orElse(null);
    }

    /** A standard table of a disclosure (not generic, not a performance form). */
    private static boolean standardDisclosureTable(Table t) {
        return t.kind() != TableKind.GENERIC && t.kind() != TableKind.PERFORMANCE_SELF_EVALUATION
                && !t.withoutFigures();
    }

    private record Labelled(String label, String value, Place place) {
    }

    /** {@code 部门名称 | 北京市司法局}: a name label cell and the next non-empty cell of the same line. */
    private static List<Labelled> labelled(List<Table> tables) {
        List<Labelled> out = new ArrayList<>();
        for (Table t : tables) {
            for (Row r : t.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(r.label());
                for (Cell cell : r.cells()) {
                    cells.add(cell == null ? "" : cell.raw());
                }
                for (int i = 0; i + 1 < cells.size(); i++) {
                    String label = compact(cells.get(i));
                    if (ENTITY_LABEL.matcher(label).matches()) {
                        for (int j = i + 1; j < cells.size(); j++) {
                            String v = compact(cells.get(j));
                            if (!v.isEmpty()) {
                                if (v.length() >= 4 && v.length() <= 40 && !v.matches(".*\\d.*")) {
                                    out.add(new Labelled(label.replaceAll("[:：]$", ""), v, r.place()));
                                }
                                break;
                            }
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static Cover cover(List<Text> head) {
        StringBuilder b = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < head.size() && b.length() < COVER_CHARS; i++) {
            String t = compact(head.get(i).text());
            if (CONTENTS.matcher(t).find() && b.length() > 0) {
                break;
            }
            for (int k = 0; k < t.length() && b.length() < COVER_CHARS; k++) {
                b.append(t.charAt(k));
                at.add(i);
            }
        }
        int[] line = at.stream().mapToInt(Integer::intValue).toArray();
        return new Cover(b.toString(), line, head);
    }

    /** The heading a genre was found in: from the start of its line to the end of the match, at most 60 characters. */
    private static String shortTitle(Cover cover, Matcher gm) {
        int from = gm.start();
        int line = cover.line()[from];
        while (from > 0 && cover.line()[from - 1] == line) {
            from--;
        }
        int to = gm.end();
        while (to < cover.text().length() && cover.line()[to] == line && to - from < 60) {
            to++;
        }
        String s = cover.text().substring(Math.max(from, to - 60), to);
        return s;
    }

    /** Whether {@code at} stands inside 《…》 (a quoted document title). */
    private static boolean quoted(String s, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char ch = s.charAt(i);
            depth += ch == '《' ? 1 : ch == '》' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    private static String cleanEntity(String s) {
        String e = LEADING_JUNK.matcher(s).replaceFirst("");
        return e.replaceAll("^[:：、,，]+", "");
    }

    /** Whitespace removed. */
    static String compact(String s) {
        return TextNormalizer.withoutWhitespace(s);
    }

    /** Full-width digits as ASCII digits (２０２５ → 2025); same length. */
    static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(ch >= '０' && ch <= '９' ? (char) ('0' + (ch - '０')) : ch);
        }
        return b.toString();
    }

    /** A majority vote that remembers the first clue of each value. */
    private static final class Vote<T> {
        private final Map<T, Integer> counts = new HashMap<>();
        private final Map<T, Clue> clues = new HashMap<>();
        private T best;

        void add(T value, Clue clue) {
            int n = counts.merge(value, 1, Integer::sum);
            clues.putIfAbsent(value, clue);
            if (best == null || n > counts.get(best)) {
                best = value;
            }
        }

        T best() {
            return best;
        }

        int count() {
            return best == null ? 0 : counts.get(best);
        }

        Clue clue() {
            return clues.get(best);
        }
    }
}
