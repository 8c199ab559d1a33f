package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.text.TextNormalizer;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.grid.Grid;
import io.github.suanzhang.extract.narrative.Context;
import io.github.suanzhang.extract.narrative.NarrativeReader;
import io.github.suanzhang.extract.export.Paragraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The text outside tables as paragraphs, each line kept with its page and box.
 *
 * <h2>Lines into paragraphs</h2>
 * Runs on one baseline are one line; page numbers and running heads (a text in the top or bottom tenth of
 * three pages or more) are left out. Per page: the body's left margin is the leftmost start shared by two
 * long lines, the right margin the rightmost end shared by two, the character width the median width per character, the
 * line pitch the median distance between the baselines of consecutive lines. A new paragraph starts
 * <ul>
 *   <li>at a heading ({@code 一、收入支出决算总体情况说明}, {@code (一)…}, {@code 第三部分…}: a numbered line
 *       without amounts), and after one, so that a heading is a statement of its own;</li>
 *   <li>at a line indented by more than one character (the first line of a paragraph);</li>
 *   <li>after a line that stops more than one and a half characters short of the right margin and ends a
 *       sentence ({@code 。;:!?}), or stops short of 60% of the body's width (a title): a ragged right
 *       margin stops lines a little short mid-sentence;</li>
 *   <li>after a vertical gap wider than 1.45 line pitches below a line that ends a sentence, or wider than
 *       2.5 pitches below any line, or a grid between two lines.</li>
 * </ul>
 * A paragraph that reaches the foot of a page without ending a sentence ({@code 。;:!?}) continues with the
 * first line of the next page when that line stands at the left margin (not indented, not a heading, not
 * below a table or title that starts the page). Wrapped lines are joined by the sentence splitter.
 *
 * The numbers are the defaults of {@link ExtractOptions.Paragraphs}.
 *
 * <p>Each statement is placed at the page of the line where its sentence starts, with the box of its lines
 * on that page. Stateless.
 */
public final class Narrative {
    private Narrative() {
    }

    private static final Pattern HEADING = Pattern.compile(
            "^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|（[一二三四五六七八九十]+）)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。；;！？!?])");
    /** A line that is not narrative: a page number ({@code - 7 -}, {@code 7}, {@code 第7页}). */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—\\d\\s]+$|^第\\d+页(共\\d+页)?$|^\\d+/\\d+$");

    /**
     * A paragraph and the page and box of each of its lines.
     *
     * @param paragraph the paragraph: its lines joined by {@code \n}, its section (headings joined by
     *                  {@link Paragraph#SEPARATOR}), the place of its first line
     * @param lines     the place of each line of {@code paragraph.text()}
     */
    public record Block(Paragraph paragraph, List<Place> lines) {
        public Block {
            Objects.requireNonNull(paragraph, "paragraph");
            lines = List.copyOf(lines);
        }
    }

    /** Paragraphs from the pages' lines outside grids, leaving out the lines that belong to tables. */
    public static List<Paragraph> paragraphs(List<TableLocator.PageLayout> pages, Set<TextLine> tableLines) {
        return blocks(pages, tableLines).stream().map(Block::paragraph).toList();
    }

    /** {@link #blocks(List, Set, ExtractOptions.Paragraphs)} with the default options. */
    public static List<Block> blocks(List<TableLocator.PageLayout> pages, Set<TextLine> tableLines) {
        return blocks(pages, tableLines, ExtractOptions.Paragraphs.DEFAULTS);
    }

    /** A line of one page: the runs on one baseline, joined. */
    private record Line(String text, Box box, boolean table) {
    }

    /** Paragraphs with the places of their lines (see the class comment). */
    public static List<Block> blocks(List<TableLocator.PageLayout> pages, Set<TextLine> tableLines,
                                     ExtractOptions.Paragraphs o) {
        List<Block> out = new ArrayList<>();
        String[] headings = new String[3];
        Builder cur = null;
        Set<String> running = runningHeads(pages, tableLines, o);
        for (TableLocator.PageLayout p : pages) {
            List<Line> lines = lines(p, tableLines, running, o);
            Metrics m = Metrics.of(lines, o);
            Line prev = null;
            boolean firstOnPage = true;
            for (Line l : lines) {
                if (l.table()) {
                    cur = flush(cur, out);
                    prev = null;
                    firstOnPage = false;
                    continue;
                }
                String t = TextNormalizer.normalize(l.text()).strip();
                double em = m.em;
                boolean heading = isHeading(t, o.maxHeadingLength());
                boolean indented = l.box().x0() > m.left + o.indentEms() * em;
                boolean start;
                if (cur == null) {
                    start = true;
                } else if (prev == null) {
                    // first line of the page: continue a sentence the previous page left open
                    start = !firstOnPage || heading || indented || NarrativeReader.startsItem(t) || cur.endsSentence() || cur.heading;
                } else {
                    // a line that stops short ends its paragraph when it ends a sentence or stops far short (a
                    // title); ragged right margins (普陀财政局 2024 p22) stop a little short mid-sentence
                    String pt = TextNormalizer.normalize(prev.text()).strip();
                    boolean shortPrev = prev.box().x1() < m.right - o.shortLineEms() * em
                            && (pt.matches(".*[。;:!?.]$") || prev.box().x1() < m.left + o.titleWidthShare() * (m.right - m.left));
                    // irregular baselines (普陀财政局 2024 p4: 14, 21, 7 pt) break no sentence; a wide gap does
                    double d = l.box().y0() - prev.box().y0();
                    boolean gap = d > o.paragraphGapRatio() * m.pitch
                            && (pt.matches(".*[。;:!?.]$") || d > o.wideGapRatio() * m.pitch);
                    start = heading || cur.heading || indented || shortPrev || gap || gridBetween(p, prev, l);
                }
                if (start) {
                    cur = flush(cur, out);
                }
                if (heading) {
                    int level = t.startsWith("第") ? 0 : t.matches("^[一二三四五六七八九十]+、.*") ? 1 : 2;
                    headings[level] = t.replaceAll("\\s+", "");
                    for (int i = level + 1; i < headings.length; i++) {
                        headings[i] = null;
                    }
                }
                if (cur == null) {
                    cur = new Builder(section(headings), heading);
                }
                cur.add(t, Place.onPage(p.page(), l.box()));
                prev = l;
                firstOnPage = false;
            }
            if (cur != null && (cur.heading || cur.endsSentence())) {
                cur = flush(cur, out);
            }
        }
        flush(cur, out);
        return out;
    }

    /**
     * Texts printed in the top or bottom band ({@link ExtractOptions.Paragraphs#marginBand}) of at least
     * {@link ExtractOptions.Paragraphs#minRunningPages} pages: running heads and feet
     * ({@code 苏州市审计局2026年度部门预算公开} on every page of 苏州审计局 2026).
     */
    private static Set<String> runningHeads(List<TableLocator.PageLayout> pages, Set<TextLine> tableLines,
                                            ExtractOptions.Paragraphs o) {
        java.util.Map<String, Set<Integer>> seen = new java.util.HashMap<>();
        for (TableLocator.PageLayout p : pages) {
            for (TextLine l : p.lines()) {
                if (!tableLines.contains(l) && inBand(p, l, o)) {
                    seen.computeIfAbsent(l.compact(), k -> new java.util.HashSet<>()).add(p.page());
                }
            }
        }
        Set<String> out = new java.util.HashSet<>();
        seen.forEach((text, onPages) -> {
            if (onPages.size() >= o.minRunningPages() && !text.isEmpty()) {
                out.add(text);
            }
        });
        return out;
    }

    private static boolean inBand(TableLocator.PageLayout p, TextLine l, ExtractOptions.Paragraphs o) {
        double band = o.marginBand();
        return p.height() > 0 && (l.box().y1() < band * p.height() || l.box().y0() > (1 - band) * p.height());
    }

    /** The page's lines in reading order, page numbers and running heads left out, runs on one baseline joined. */
    private static List<Line> lines(TableLocator.PageLayout p, Set<TextLine> tableLines, Set<String> running,
                                    ExtractOptions.Paragraphs o) {
        List<Line> out = new ArrayList<>();
        Line last = null;
        for (TextLine l : p.lines()) {
            boolean table = tableLines.contains(l);
            String t = TextNormalizer.normalize(l.text()).strip();
            if (!table && (t.isEmpty() || PAGE_NUMBER.matcher(t).matches() || (inBand(p, l, o) && running.contains(l.compact())))) {
                continue;
            }
            if (last != null && !table && !last.table() && sameBaseline(last.box(), l.box(), o.baselineShare()) && l.box().x0() >= last.box().x1()) {
                last = new Line(last.text() + " " + l.text(), last.box().union(l.box()), false);
                out.set(out.size() - 1, last);
                continue;
            }
            last = new Line(l.text(), l.box(), table);
            out.add(last);
        }
        return out;
    }

    private static boolean sameBaseline(Box a, Box b, double share) {
        double h = Math.max(a.height(), b.height());
        return Math.abs(a.y1() - b.y1()) < share * h;
    }

    private static boolean gridBetween(TableLocator.PageLayout p, Line above, Line below) {
        for (Grid g : p.grids()) {
            if (g.box().y0() >= above.box().y1() - 1 && g.box().y1() <= below.box().y0() + 1) {
                return true;
            }
        }
        return false;
    }

    /** A numbered line without amounts, short enough to be a title (at most {@code maxLength} characters). */
    static boolean isHeading(String line, int maxLength) {
        String t = line.replaceAll("\\s+", "");
        return HEADING.matcher(t).find() && t.length() <= maxLength && !t.matches(".*(?:元|%|[,，;；:：].).*");
    }

    private static String section(String[] headings) {
        List<String> hs = Arrays.stream(headings).filter(Objects::nonNull).toList();
        return hs.isEmpty() ? null : String.join(Paragraph.SEPARATOR, hs);
    }

    /** Page metrics from its narrative lines. */
    private record Metrics(double left, double right, double em, double pitch) {
        static Metrics of(List<Line> lines, ExtractOptions.Paragraphs o) {
            List<Double> ems = new ArrayList<>();
            List<Line> body = new ArrayList<>();
            for (Line l : lines) {
                int n = compactLength(l.text());
                if (!l.table() && n >= o.minBodyLine()) {
                    ems.add(l.box().width() / n);
                    body.add(l);
                }
            }
            if (body.isEmpty()) {
                for (Line l : lines) {
                    if (!l.table()) {
                        body.add(l);
                        ems.add(l.box().height());
                    }
                }
            }
            if (body.isEmpty()) {
                return new Metrics(0, 0, 10, 20);
            }
            // the margins are where at least two lines start (end); a running header (苏州审计局 p3: 苏州市审计局
            // 2026年度部门预算公开 at x=51, the body at x=73) is one line of its own
            List<Double> x0s = new ArrayList<>();
            List<Double> x1s = new ArrayList<>();
            for (Line l : body) {
                x0s.add(l.box().x0());
                x1s.add(-l.box().x1());
            }
            double left = shared(x0s);
            double right = -shared(x1s);
            double em = Math.max(median(ems), 1);
            List<Double> pitches = new ArrayList<>();
            Line prev = null;
            for (Line l : lines) {
                if (!l.table() && prev != null) {
                    double d = l.box().y0() - prev.box().y0();
                    if (d > o.minPitchGapEms() * em) {
                        pitches.add(d);
                    }
                }
                prev = l.table() ? null : l;
            }
            double pitch = pitches.isEmpty() ? 2 * em : median(pitches);
            // a page of single lines far apart (a cover) has a pitch of its own gaps; bound it
            pitch = Math.max(Math.min(pitch, o.maxPitchEms() * em), o.minPitchEms() * em);
            return new Metrics(left, right, em, pitch);
        }

        /** The smallest value that another value lies within 2pt of; else the smallest. */
        private static double shared(List<Double> xs) {
            List<Double> s = new ArrayList<>(xs);
            s.sort(null);
            for (int i = 0; i + 1 < s.size(); i++) {
                if (s.get(i + 1) - s.get(i) <= 2) {
                    return s.get(i);
                }
            }
            return s.get(0);
        }

        private static double median(List<Double> xs) {
            List<Double> s = new ArrayList<>(xs);
            s.sort(null);
            return s.get(s.size() / 2);
        }
    }

    private static int compactLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static final class Builder {
        final String section;
        final boolean heading;
        final List<String> texts = new ArrayList<>();
        final List<Place> places = new ArrayList<>();

        Builder(String section, boolean heading) {
            this.section = section;
            this.heading = heading;
        }

        void add(String text, Place place) {
            texts.add(text);
            places.add(place);
        }

        boolean endsSentence() {
            String last = texts.get(texts.size() - 1);
            return last.matches(".*[。;:!?.]$");
        }

        Block build() {
            String text = String.join("\n", texts);
            List<String> hs = section == null ? List.of() : List.of(section.split(Pattern.quote(Paragraph.SEPARATOR)));
            return new Block(new Paragraph(text, section, hs, places.get(0), List.of()), places);
        }
    }

    private static Builder flush(Builder cur, List<Block> out) {
        if (cur != null && !cur.texts.isEmpty()) {
            out.add(cur.build());
        }
        return null;
    }

    /**
     * The default reading of paragraphs: sentences with their claims ({@link NarrativeReader}), the
     * {@link Context} carried from one paragraph to the next under the same headings; each statement is
     * placed where its sentence starts.
     */
    public static final Function<List<Block>, List<Statement>> CLAIMS = claims(ExtractOptions.Paragraphs.DEFAULTS);

    /** {@link #CLAIMS} with the paragraph options {@code o} (where a blank line cut a sentence). */
    public static Function<List<Block>, List<Statement>> claims(ExtractOptions.Paragraphs o) {
        return blocks -> {
            List<Statement> out = new ArrayList<>();
            Context ctx = Context.NONE;
            String section = null;
            boolean first = true;
            for (Block b : blocks) {
                Paragraph p = b.paragraph();
                if (first || !Objects.equals(section, p.section())) {
                    ctx = Context.NONE;
                }
                first = false;
                section = p.section();
                NarrativeReader.Passage passage = NarrativeReader.read(List.of(p.text().split("\n", -1)), 0, p.section(), ctx, o);
                ctx = passage.context();
                Locator at = new Locator(b);
                for (Statement s : passage.statements()) {
                    out.add(new Statement(s.text(), s.section(), at.next(s.text()), s.claims()));
                }
            }
            return out;
        };
    }

    /** Sentences only (split after 。；！？), without claims: a cheaper reading. */
    public static final Function<List<Block>, List<Statement>> SENTENCES = blocks -> {
        List<Statement> out = new ArrayList<>();
        for (Block b : blocks) {
            Paragraph p = b.paragraph();
            Locator at = new Locator(b);
            for (String s : SENTENCE_END.split(p.text().replace("\n", ""))) {
                String t = s.strip();
                if (!t.isEmpty()) {
                    out.add(new Statement(t, p.section(), at.next(t), List.of()));
                }
            }
        }
        return out;
    };

    /**
     * Finds the lines of successive sentences of a block: the letters and digits of a sentence are those of
     * the block's text in order (cleaning only drops spaces, markup and punctuation).
     */
    static final class Locator {
        private final Block block;
        private final StringBuilder key = new StringBuilder();
        private final List<Integer> lineOf = new ArrayList<>();
        private int pos;

        Locator(Block block) {
            this.block = block;
            String[] ls = block.paragraph().text().split("\n", -1);
            for (int i = 0; i < ls.length; i++) {
                String n = TextNormalizer.normalize(ls[i]);
                for (int k = 0; k < n.length(); k++) {
                    if (Character.isLetterOrDigit(n.charAt(k))) {
                        key.append(n.charAt(k));
                        lineOf.add(i);
                    }
                }
            }
        }

        Place next(String sentence) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < sentence.length(); k++) {
                if (Character.isLetterOrDigit(sentence.charAt(k))) {
                    s.append(sentence.charAt(k));
                }
            }
            if (s.isEmpty() || lineOf.isEmpty() || block.lines().isEmpty()) {
                return block.paragraph().place();
            }
            int start = pos;
            if (!key.substring(Math.min(pos, key.length())).startsWith(s.toString())) {
                int found = key.indexOf(s.substring(0, Math.min(6, s.length())), pos);
                if (found < 0) {
                    return block.paragraph().place();
                }
                start = found;
            }
            int end = Math.min(start + s.length(), key.length()) - 1;
            pos = end + 1;
            int first = lineOf.get(Math.min(start, lineOf.size() - 1));
            int last = lineOf.get(Math.max(end, start));
            Place p0 = block.lines().get(first);
            Box box = p0.box();
            for (int i = first + 1; i <= last; i++) {
                Place pi = block.lines().get(i);
                if (pi.page() == p0.page() && pi.box() != null) {
                    box = box == null ? pi.box() : box.union(pi.box());
                }
            }
            return Place.onPage(p0.page(), box);
        }
    }
}
