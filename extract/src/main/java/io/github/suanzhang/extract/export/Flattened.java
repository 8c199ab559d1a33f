package io.github.suanzhang.extract.export;

import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.core.number.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coded table the converter printed as one line of words and figures (公开03表 in the seed: header
 * words, then {@code 合计 1, 553, 51 1, 313. 24 240.27 208 社会保障和就业支出 1, 225. 06 240.27 984.79 …}).
 * The columns are lost, and the figures are not always in column order or even beside their line
 * ({@code 5.95 5.95 105.97 2080505 …}: the 105.97 belongs to 2080505). What is rebuilt, and how:
 * <ol>
 * <li>Tokens after the 合计 word: figures (with a decimal part, or grouped), codes (3, 5 or 7 bare
 *     digits followed, possibly after figures, by a Han label) and labels.</li>
 * <li>Each line (合计, then each code) takes the figures after it, plus those the line before left
 *     over, and keeps the shortest prefix in which one figure is the sum of the others (the line's
 *     合计 column and its parts); the rest goes on to the next line.</li>
 * <li>The parts go to 基本支出 and 项目支出 (this flattening cannot show the template's other columns,
 *     and the parts are assigned to these two only). The 合计 line keeps its printed order; below it,
 *     each parent's children get the one assignment under which they add up to the parent in both
 *     columns (类 = Σ款, 款 = Σ项). Where no or several assignments do, print order is kept and a
 *     problem says so.</li>
 * </ol>
 * Because the rows and columns are rebuilt from the table's own sums, those sums inside this table
 * are no independent evidence; a problem of kind {@link ProblemKind#OTHER} says so in every output.
 */
final class Flattened {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<num>\\d{1,3}(?:\\s?,\\s?\\d{3})+(?:\\s?[.,]\\s?\\d{1,2})?(?!\\d)|\\d+\\s?\\.\\s?\\d+)"
                    + "|(?<int>\\d+)|(?<label>[\\p{IsHan}()]+)");

    /** 合计 standing alone (not the end of 本年支出合计). */
    private static final Pattern TOTAL_WORD = Pattern.compile("(?<!\\p{IsHan})合\\s?计(?!\\p{IsHan})");

    private Flattened() {
    }

    static boolean looksFlattened(Line l) {
        Matcher m = TOKEN.matcher(Clean.cell(l.raw()));
        int nums = 0;
        while (m.find()) {
            if (m.group("num") != null) {
                nums++;
            }
        }
        return nums >= 6 && TOTAL_WORD.matcher(Clean.cell(l.raw())).find();
    }

    private static final class Anchor {
        final String code;
        String label = "";
        final List<String> numbers = new ArrayList<>();
        List<ParseResult.Parsed> values = new ArrayList<>();
        ParseResult.Parsed total;
        List<ParseResult.Parsed> parts = new ArrayList<>();
        ParseResult.Parsed basic;
        ParseResult.Parsed project;
        final List<Anchor> children = new ArrayList<>();

        Anchor(String code) {
            this.code = code;
        }
    }

    static TableBuilder parse(TableSegment s, Line line, Unit unit, List<Problem> problems) {
        TableBuilder b = new TableBuilder(s.id, s.kind, s.kind.columns());
        String text = Clean.cell(line.raw());
        Matcher word = TOTAL_WORD.matcher(text);
        int at = word.find() ? word.end() - 2 : 0;
        Place place = Place.atLine(line.no());
        problems.add(new Problem(ProblemKind.OTHER, s.title + "印成了一行：其各行及基本支出/项目支出两列是按数字顺序和表内合计关系重建的，"
                + "因此这些合计不能作为独立的核对依据", place));
        // tokens
        List<String[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.substring(at + 2));
        while (m.find()) {
            if (m.group("num") != null) {
                tokens.add(new String[] {"num", m.group("num")});
            } else if (m.group("int") != null) {
                tokens.add(new String[] {"int", m.group("int")});
            } else {
                tokens.add(new String[] {"label", m.group("label")});
            }
        }
        Anchor root = new Anchor(null);
        root.label = "合计";
        List<Anchor> anchors = new ArrayList<>();
        anchors.add(root);
        Anchor current = root;
        for (int i = 0; i < tokens.size(); i++) {
            String[] t = tokens.get(i);
            if (t[0].equals("int")) {
                boolean code = SubjectCode.parse(t[1], Scheme.FUNCTIONAL).isPresent() && labelFollows(tokens, i + 1);
                if (code) {
                    current = new Anchor(t[1]);
                    anchors.add(current);
                } else {
                    current.numbers.add(t[1]);
                }
            } else if (t[0].equals("num")) {
                current.numbers.add(t[1]);
            } else if (current.label.isEmpty()) {
                current.label = t[1];
            }
        }
        // precision, then figures
        Map<Integer, Integer> counts = new HashMap<>();
        for (Anchor a : anchors) {
            for (String n : a.numbers) {
                if (NumberParser.parse(n, NumberContext.amount(unit)) instanceof ParseResult.Parsed p) {
                    counts.merge(p.amount().decimals(), 1, Integer::sum);
                }
            }
        }
        Integer decimals = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        List<ParseResult.Parsed> carry = new ArrayList<>();
        for (Anchor a : anchors) {
            List<ParseResult.Parsed> pool = new ArrayList<>(carry);
            for (String n : a.numbers) {
                ParseResult.Parsed p = TableParsers.amount(n, unit, decimals);
                if (p == null) {
                    problems.add(new Problem(ProblemKind.UNREADABLE_FIGURE, s.title + ": '" + n + "' is not a figure", place));
                } else {
                    pool.add(p);
                }
            }
            carry = new ArrayList<>();
            int k = split(a, pool);
            if (k < 0) {
                problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, s.title + "：" + (a.code == null ? "合计" : a.code) + " 的数字 " + raws(pool)
                        + " 无论怎样排列都加不平", place));
                continue;
            }
            carry.addAll(pool.subList(k, pool.size()));
        }
        if (!carry.isEmpty()) {
            problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, s.title + "：最后一行之后还剩下数字 " + raws(carry), place));
        }
        // hierarchy and columns
        for (Anchor a : anchors) {
            if (a == root) {
                continue;
            }
            Anchor parent = root;
            for (Anchor p : anchors) {
                if (p != a && p.code != null && a.code.startsWith(p.code) && a.code.length() > p.code.length()
                        && (parent.code == null || p.code.length() > parent.code.length())) {
                    parent = p;
                }
            }
            parent.children.add(a);
        }
        if (root.parts.size() > 0) {
            root.basic = root.parts.get(0);
        }
        if (root.parts.size() > 1) {
            root.project = root.parts.get(1);
        }
        solve(root, s, place, problems);
        for (Anchor a : anchors) {
            SubjectCode code = a.code == null ? null : SubjectCode.functional(a.code);
            TableBuilder.Draft d = b.add(null, null, code, a.label, line.no());
            if (code != null) {
                d.put("code", a.code);
            }
            d.put("name", a.label);
            put(d, "total", a.total);
            put(d, "basic", a.basic);
            put(d, "project", a.project);
        }
        return b;
    }

    private static void put(TableBuilder.Draft d, String key, ParseResult.Parsed p) {
        if (p != null) {
            d.put(key, p.raw());
        }
    }

    private static boolean labelFollows(List<String[]> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            String kind = tokens.get(i)[0];
            if (kind.equals("label")) {
                return true;
            }
            if (kind.equals("int")) {
                return false;
            }
        }
        return false;
    }

    /** The length of the shortest prefix of {@code pool} in which one figure is the sum of the others. */
    private static int split(Anchor a, List<ParseResult.Parsed> pool) {
        for (int k = 2; k <= pool.size(); k++) {
            List<ParseResult.Parsed> prefix = pool.subList(0, k);
            BigDecimal sum = BigDecimal.ZERO;
            for (ParseResult.Parsed p : prefix) {
                sum = sum.add(p.amount().value());
            }
            for (int t = 0; t < k; t++) {
                BigDecimal v = prefix.get(t).amount().value();
                if (sum.subtract(v).compareTo(v) == 0) {
                    a.total = prefix.get(t);
                    a.parts = new ArrayList<>(prefix);
                    a.parts.remove(t);
                    return k;
                }
            }
        }
        return -1;
    }

    private static void solve(Anchor node, TableSegment s, Place place, List<Problem> problems) {
        if (node.children.isEmpty()) {
            return;
        }
        List<List<ParseResult.Parsed[]>> options = new ArrayList<>();
        long combos = 1;
        for (Anchor c : node.children) {
            List<ParseResult.Parsed[]> o = new ArrayList<>();
            if (c.parts.isEmpty()) {
                o.add(new ParseResult.Parsed[] {null, null});
            } else if (c.parts.size() == 1) {
                o.add(new ParseResult.Parsed[] {c.parts.get(0), null});
                o.add(new ParseResult.Parsed[] {null, c.parts.get(0)});
            } else if (c.parts.size() == 2) {
                o.add(new ParseResult.Parsed[] {c.parts.get(0), c.parts.get(1)});
                o.add(new ParseResult.Parsed[] {c.parts.get(1), c.parts.get(0)});
            } else {
                o.add(new ParseResult.Parsed[] {c.parts.get(0), c.parts.get(1)});
                problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, s.title + "：" + c.code + " 有 "
                        + c.parts.size() + " 个数字，只分配了两列（基本支出、项目支出）", place));
            }
            options.add(o);
            combos *= o.size();
        }
        List<int[]> fits = new ArrayList<>();
        if (combos <= 1 << 16) {
            int[] choice = new int[options.size()];
            for (long n = 0; n < combos; n++) {
                long r = n;
                BigDecimal basic = BigDecimal.ZERO;
                BigDecimal project = BigDecimal.ZERO;
                for (int i = 0; i < options.size(); i++) {
                    choice[i] = (int) (r % options.get(i).size());
                    r /= options.get(i).size();
                    ParseResult.Parsed[] o = options.get(i).get(choice[i]);
                    basic = basic.add(v(o[0]));
                    project = project.add(v(o[1]));
                }
                if (basic.compareTo(v(node.basic)) == 0 && project.compareTo(v(node.project)) == 0) {
                    fits.add(choice.clone());
                }
            }
        }
        int[] pick = fits.size() == 1 ? fits.get(0) : new int[options.size()];
        if (fits.size() != 1) {
            problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, s.title + "：" + (node.code == null ? "合计" : node.code)
                    + " 下的基本支出/项目支出两列无法区分（" + fits.size() + " 种分配都加得平），按印刷顺序保留", place));
        }
        for (int i = 0; i < options.size(); i++) {
            Anchor c = node.children.get(i);
            ParseResult.Parsed[] o = options.get(i).get(pick[i]);
            c.basic = o[0];
            c.project = o[1];
            solve(c, s, place, problems);
        }
    }

    private static BigDecimal v(ParseResult.Parsed p) {
        return p == null ? BigDecimal.ZERO : p.amount().value();
    }

    private static List<String> raws(List<ParseResult.Parsed> ps) {
        return ps.stream().map(ParseResult.Parsed::raw).toList();
    }
}
