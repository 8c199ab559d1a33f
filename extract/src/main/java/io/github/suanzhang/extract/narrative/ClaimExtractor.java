package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.text.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the typed claims of one narrative sentence. Pure text in, claims out (no PDF); stateless; the
 * patterns are compiled once. The conventions every claim follows are in {@code docs/claims.md}; in short:
 * <ul>
 *   <li>every stated amount of a named subject is an {@link ClaimKind#AMOUNT} claim (also when it is the
 *       budget or actual of a completion, an item of a breakdown, or the part of a share) — these are the
 *       claims to compare with table lines;</li>
 *   <li>{@link ClaimKind#SHARE}, {@link ClaimKind#CHANGE}, {@link ClaimKind#COMPLETION} and
 *       {@link ClaimKind#BREAKDOWN} carry the figures of their own arithmetic (part and percent; before,
 *       after, change and percent; budget, actual and rate; items and total);</li>
 *   <li>every direction word of a comparison is a {@link ClaimKind#DIRECTION} claim, also in a reason
 *       clause ({@code 增加主要原因是…}); direction words inside the stated reason are not comparisons;</li>
 *   <li>figures are read with {@link NumberParser}; {@code raw} is the figure's text in the sentence.</li>
 * </ul>
 */
public final class ClaimExtractor {

    // ---- figures -------------------------------------------------------------------------------
    private static final Pattern MONEY_OR_PERCENT = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(万元|亿元|千元|元|%)");
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\d.,第])(\\d{1,3}(?:,\\d{3})+|\\d+)(台\\(套\\)|辆|个|台|套|人次|名|人|家|份)");
    /**
     * A zero printed without a unit ({@code 政府性基金拨款支出预算为0;}): nothing, in any unit. Read as 0元 with
     * 0 decimals, the finest monetary reading (in 万元 it is 0.0000), so that a table's non-zero cell differs.
     */
    private static final Pattern UNITLESS_ZERO = Pattern.compile("(?<![率比重]为)(?<=为)0(?=[,;。!?]|$)");
    private static final Pattern THRESHOLD_AFTER = Pattern.compile("^(?:\\(含\\))?(?:及?以上|及?以下)");
    // ---- words -----------------------------------------------------------------------------------
    private static final String DIR_WORDS = "无增减|增加|增长|上升|减少|下降|降低|持平|小于|大于|高于|低于|一致";
    private static final Pattern DIR = Pattern.compile(DIR_WORDS);
    private static final Pattern DIR_AT_END = Pattern.compile("(?:" + DIR_WORDS + ")(?:了|为|各)?$");
    private static final Pattern DIR_AT_START = Pattern.compile("^(?:各|了)?(?:" + DIR_WORDS + ")");
    private static final Pattern REASON_AFTER = Pattern.compile("^(?:的)?主要原因");
    private static final Pattern EXPLANATION = Pattern.compile("原因(?:是|为|主要是)?:?|主要是:|主要用于");
    private static final Pattern BASE_WITH = Pattern.compile("与([^,;:。]{1,24}?)(?:相比|比较)");
    private static final Pattern BASE_THAN = Pattern.compile("(?:比|较)([^,;:。]{1,24}?)(?=(?:\\d[\\d,.]*(?:万元|亿元|元))?(?:" + DIR_WORDS + "))");
    private static final Pattern BASE_FLAT = Pattern.compile("与([^,;:。]{1,24}?)(?=(?:基本)?(?:持平|一致|相同))");
    private static final Pattern BASE_ONLY = Pattern.compile("^(?:与[^,;:。]{1,24}?(?:相比|比较)|(?:比|较)[^,;:。]{1,24}?(?=" + DIR_WORDS + "|\\d)|与[^,;:。]{1,24}?(?=(?:基本)?(?:持平|一致)))");
    private static final Pattern SHARE_MARK = Pattern.compile("占");
    private static final Pattern RATE_MARK = Pattern.compile("完成|执行率|完成率|执行进度");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d〔\\[])(\\d{4})(?:年度|年)(?!\\d{1,2}月|底|末)");
    private static final Pattern YEAR_NOUN = Pattern.compile(
            "^(?:当年)?(部门决算|单位决算|部门预算|单位预算|年初预算数|年初预算|预算执行数|预算数|预算安排|预算|决算数|决算)");
    private static final Pattern INTRODUCER = Pattern.compile("其中:?|(?:具体|主要)?包括:?|主要用于以下方面:");
    private static final Pattern ITEM_NUMBER = Pattern.compile(
            "^(?:\\d{1,2}[.、](?!\\d)|\\(\\d{1,2}\\)|\\([一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,3}、)");
    // ---- class names ------------------------------------------------------------------------------
    private static final String NAME = "[^()\\d,;:。“”\"'、\\s]{1,30}?";
    private static final Pattern CLASS_TRIPLE = Pattern.compile(
            "(" + NAME + ")\\((\\d{3})?类\\)(?:(" + NAME + ")\\((\\d{2}|\\d{5})?款\\))?(?:(" + NAME + ")\\((\\d{2}|\\d{7})?项\\))?");
    private static final Pattern LONE_TAG = Pattern.compile("(" + NAME + ")\\((\\d{2}|\\d{5}|\\d{7})?(款|项)\\)");
    private static final Pattern NAME_LEAD_IN = Pattern.compile(
            "^(?:.*?(?:主要用于以下方面|主要用于|用于|其中|包括|以下方面))|^(?:年度|度)");
    // ---- subjects -----------------------------------------------------------------------------------
    private static final Pattern ENTITY = Pattern.compile(
            "^[\\u4e00-\\u9fff]{0,8}?[省市区县州][\\u4e00-\\u9fff()]{0,40}(?:局|处|院|中心|委员会|办公厅|办公室|厅|所)(?:\\(本级\\))?(?=[\\u4e00-\\u9fff\\d“\"]|$)");
    private static final Pattern SUBJECT_PREFIX = Pattern.compile(
            "^(?:[一二三四五六七八九十]是|\\d{4}年度?|年度|当年|本单位|本部门|我部门\\(单位\\)|我单位|我部门|单位|其中|主要用于|具体包括|包括|共有|共涉及|涉及|已安排|安排|共计|共|合计为|对(?!个人|附属单位|企业|社会保障)|有|截至|从评价情况来看|纳入|-)");
    private static final Pattern SUBJECT_SUFFIX = Pattern.compile("(?:为|是|达到|达|约|共计|共有|共|各|了|科目|:|\\d{4}年度?)$");
    private static final Pattern MEASURE_CUT = Pattern.compile(
            "(年初预算数?|全年预算数?|预算执行数|执行数|决算数?|预算安排|预算数|预算)$");
    private static final Pattern MEASURE_KEEP = Pattern.compile("(合计|总计|总额|收入|支出)$");
    private static final Pattern HEAD = Pattern.compile("^([^,;:。\\d]+?)(?:无|[,;:。]|\\d|(?:年初|全年)?预算|(?:支出)?决算|$)");
    private static final Pattern FOLLOWING_NOUN = Pattern.compile("^([\\u4e00-\\u9fff]{1,8}?)(?:开展|进行|的|中|[^\\u4e00-\\u9fff]|$)");
    private static final Pattern THRESHOLD_PHRASE = Pattern.compile(
            "(?:单价|单位价值|价值)?\\d[\\d,.]*万?元?(?:\\(含\\))?(?:及?以上|及?以下)的?");
    private static final Set<String> GENERIC = Set.of("", "支出", "收入");

    private ClaimExtractor() {
    }

    /** The claims of {@code sentence} on its own (no inherited subject). */
    public static List<Claim> extract(String sentence, Place place) {
        return extract(sentence, place, Context.NONE);
    }

    /**
     * The claims of {@code sentence}; where it names no subject for a figure, the subject of
     * {@code context} is used and recorded as the claim's {@code context} attribute.
     */
    public static List<Claim> extract(String sentence, Place place, Context context) {
        String s = SentenceSplitter.clean(TextNormalizer.normalize(sentence));
        return new Reading(s, place, context == null ? Context.NONE : context).run();
    }

    /**
     * What the sentence after this one inherits: an item heading (a class-name triple without figures)
     * starts a context that lasts until the next heading; a sentence ending in {@code :} starts one that
     * lasts over the list items that follow; otherwise the main subject of this sentence (its last amount
     * that is not a budget), or, failing one, the previous context.
     */
    public static Context contextAfter(String sentence, List<Claim> claims, Context previous) {
        String s = SentenceSplitter.clean(TextNormalizer.normalize(sentence));
        previous = previous == null ? Context.NONE : previous;
        boolean numbered = ITEM_NUMBER.matcher(s).find();
        boolean hasFigures = claims.stream().anyMatch(c -> !c.figures().isEmpty());
        Claim names = claims.stream().filter(c -> c.kind() == ClaimKind.CLASS_NAMES).findFirst().orElse(null);
        if (names != null && !hasFigures) {
            return new Context(names.subject(), null, names.attributes(), true);
        }
        if (numbered && !hasFigures && s.length() <= 30 && !s.matches(".*(?:说明|情况)[。]?$")) {
            String head = headSubject(s);
            if (head != null) {
                return new Context(head, null, Map.of(), true);
            }
        }
        Claim main = null;
        Claim budget = null;
        for (Claim c : claims) {
            if (c.kind() == ClaimKind.AMOUNT && c.subject() != null && !c.attributes().containsKey("context")
                    && c.figure("amount").unit().isMonetary()) {
                String m = c.attributes().get("measure");
                if (!"预算".equals(m) && !"年初预算".equals(m) && main == null) {
                    main = c;
                } else if ("预算".equals(m) && budget == null) {
                    budget = c;
                }
            }
        }
        if (main == null && budget != null && claims.stream().allMatch(c -> c.kind() == ClaimKind.AMOUNT)) {
            main = budget;   // 此外,基本支出预算数为7666.68万元。与上年相比增加844.15万元: the 基本支出's change
        }
        if (previous.heading() && previous.amount() != null && main != null && s.endsWith(";")
                && !numbered && claims.stream().anyMatch(c -> c.kind() == ClaimKind.SHARE)) {
            return previous;   // 合计13649.07万元,其中: 基本支出…,占56.17%; 项目支出…,占42.89%; — shares of the 合计
        }
        Claim beforeParen = amountBeforeClosingParen(s, claims);
        if (beforeParen != null) {
            // …公务用车购置及运行维护费6.54万元(公务用车购置费0万元,…;公务用车运行维护费6.54万元,比上年减少14.85万元。)
            // 比上年减少14.85万元,下降69.4%: the next sentence goes on with the amount before the parenthesis
            return new Context(beforeParen.subject(), beforeParen.figure("amount"), attrsOfClass(beforeParen), false);
        }
        if (s.endsWith(":") && main != null) {
            return new Context(main.subject(), main.figure("amount"), attrsOfClass(main), true);
        }
        if (previous.heading() && (main == null || numbered) && !(numbered && main != null && previous.amount() == null)) {
            return previous;
        }
        if (previous.heading() && previous.amount() != null && numbered) {
            return previous;
        }
        if (main != null) {
            return new Context(main.subject(), main.figure("amount"), attrsOfClass(main), false);
        }
        return previous;
    }

    /**
     * When {@code s} ends inside a parenthesis closed by {@code 。)}, the amount claim printed right before the
     * opening {@code (}; else null.
     */
    private static Claim amountBeforeClosingParen(String s, List<Claim> claims) {
        if (!s.endsWith("。)")) {
            return null;
        }
        int depth = 0;
        int open = -1;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                open = i;
                break;
            }
        }
        if (open <= 0) {
            return null;
        }
        String head = s.substring(0, open);
        for (Claim c : claims) {
            if (c.kind() == ClaimKind.AMOUNT && c.subject() != null && !c.attributes().containsKey("context")
                    && c.figure("amount").unit().isMonetary() && !c.text().isEmpty() && head.endsWith(c.text())) {
                return c;
            }
        }
        return null;
    }

    private static Map<String, String> attrsOfClass(Claim c) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : List.of("类", "款", "项")) {
            if (c.attributes().containsKey(k)) {
                m.put(k, c.attributes().get(k));
            }
        }
        return m;
    }

    // =================================================================================================

    private enum Type { MONEY, PERCENT, COUNT }

    private enum Role { AMOUNT, SHARE, RATE, CHANGE, CHANGE_PERCENT, BEFORE, COUNT }

    private static final class Figure {
        final int start;
        final int end;
        final Type type;
        final Amount amount;
        final String countUnit;
        Role role;
        String lead;
        String subject;
        String measure;
        boolean fromContext;
        Map<String, String> classAttrs = new LinkedHashMap<>();
        SubjectCode code;
        Claim amountClaim;

        Figure(int start, int end, Type type, Amount amount, String countUnit) {
            this.start = start;
            this.end = end;
            this.type = type;
            this.amount = amount;
            this.countUnit = countUnit;
        }
    }

    private record ClassSpan(int start, int end, String subject, Map<String, String> attrs, SubjectCode code) {
    }

    private record Subject(String name, String measure, Map<String, String> classAttrs, SubjectCode code) {
    }

    /** One sentence being read; lives for one call. */
    private static final class Reading {
        final String s;
        final Place place;
        final Context ctx;
        final List<Figure> figures = new ArrayList<>();
        final List<ClassSpan> classes = new ArrayList<>();
        final boolean[] boundary;      // clause ends: , ; : 。 ! ? outside figures
        final boolean[] segmentEnd;    // ; 。 ! ? and introducers
        final boolean[] explanation;   // inside a stated reason
        final List<Claim> out = new ArrayList<>();
        final List<int[]> asides = new ArrayList<>();   // (open, close) of brackets with figures inside

        Reading(String s, Place place, Context ctx) {
            this.s = s;
            this.place = place;
            this.ctx = ctx;
            this.boundary = new boolean[s.length() + 1];
            this.segmentEnd = new boolean[s.length() + 1];
            this.explanation = new boolean[s.length() + 1];
        }

        List<Claim> run() {
            findClasses();
            findFigures();
            markBoundaries();
            markExplanations();
            for (Figure f : figures) {
                classify(f);
            }
            emitAmounts();
            emitShares();
            emitCompletions();
            emitChanges();
            emitDirections();
            emitBreakdown();
            emitYears();
            return List.copyOf(out);
        }

        // ---- finding ------------------------------------------------------------------------------

        void findClasses() {
            // a match needs a literal 类) (CLASS_TRIPLE) or 款) / 项) (LONE_TAG); most sentences have none, and
            // the patterns' lazy names would otherwise be tried at every position (a third of claim time)
            boolean triples = s.contains("类)");
            boolean tags = s.contains("款)") || s.contains("项)");
            Matcher m = CLASS_TRIPLE.matcher(s);
            while (triples && m.find()) {
                Map<String, String> a = new LinkedHashMap<>();
                String lei = trimName(m.group(1));
                a.put("类", lei);
                String last = lei;
                SubjectCode code = null;
                if (m.group(2) != null) {
                    code = SubjectCode.functional(m.group(2));
                }
                if (m.group(3) != null) {
                    a.put("款", m.group(3));
                    last = m.group(3);
                    if (m.group(4) != null) {
                        a.put("codePart", m.group(4));
                        a.put("level", "款");
                    }
                }
                if (m.group(5) != null) {
                    a.put("项", m.group(5));
                    last = m.group(5);
                    if (m.group(6) != null) {
                        a.put("codePart", m.group(6));
                        a.put("level", "项");
                    }
                }
                int start = m.end(1) - lei.length();
                classes.add(new ClassSpan(start, m.end(), last, a, code));
            }
            Matcher t = LONE_TAG.matcher(s);
            while (tags && t.find()) {
                if (insideClass(t.start())) {
                    continue;
                }
                String name = trimName(t.group(1));
                Map<String, String> a = new LinkedHashMap<>();
                a.put(t.group(3), name);
                SubjectCode code = null;
                String digits = t.group(2);
                if (digits != null) {
                    if (digits.length() == 2) {
                        a.put("codePart", digits);
                        a.put("level", t.group(3));
                    } else {
                        code = SubjectCode.functional(digits);
                    }
                }
                classes.add(new ClassSpan(t.end(1) - name.length(), t.end(), name, a, code));
            }
            classes.sort((x, y) -> Integer.compare(x.start, y.start));
            for (ClassSpan c : classes) {
                out.add(new Claim(ClaimKind.CLASS_NAMES, s.substring(c.start, c.end), c.subject, c.code, Map.of(),
                        null, null, c.attrs, place));
            }
        }

        boolean insideClass(int pos) {
            for (ClassSpan c : classes) {
                if (pos >= c.start && pos < c.end) {
                    return true;
                }
            }
            return false;
        }

        void findFigures() {
            Matcher m = MONEY_OR_PERCENT.matcher(s);
            while (m.find()) {
                String after = s.substring(m.end());
                boolean percent = m.group(2).equals("%");
                if (!percent && THRESHOLD_AFTER.matcher(after).find()) {
                    continue;   // 单价100万元(含)以上设备: a threshold, not an amount
                }
                if (percent) {
                    char before = m.start() > 0 ? s.charAt(m.start() - 1) : ' ';
                    if (before == '含' || before == '-' || after.startsWith("以上") || after.startsWith("以下")
                            || after.startsWith("-")) {
                        continue;   // 98.5%以上, (含80%), 80-50%: targets and ranges
                    }
                }
                Amount a = parse(m.group(), percent ? NumberContext.percent() : NumberContext.ANY);
                if (a != null) {
                    figures.add(new Figure(m.start(), m.end(), percent ? Type.PERCENT : Type.MONEY, a, null));
                }
            }
            Matcher z = UNITLESS_ZERO.matcher(s);
            while (z.find()) {
                figures.add(new Figure(z.start(), z.end(), Type.MONEY, new Amount(BigDecimal.ZERO, 0, Unit.YUAN, z.group()), null));
            }
            Matcher c = COUNT.matcher(s);
            while (c.find()) {
                if (overlapsFigure(c.start(), c.end())) {
                    continue;
                }
                Amount a = parse(c.group(1), NumberContext.ANY);
                if (a != null) {
                    figures.add(new Figure(c.start(), c.end(), Type.COUNT, a, c.group(2)));
                }
            }
            figures.sort((x, y) -> Integer.compare(x.start, y.start));
        }

        boolean overlapsFigure(int start, int end) {
            for (Figure f : figures) {
                if (start < f.end && f.start < end) {
                    return true;
                }
            }
            return false;
        }

        Amount parse(String raw, NumberContext nc) {
            ParseResult r = NumberParser.parse(raw, nc);
            if (r instanceof ParseResult.Parsed p) {
                return p.amount();
            }
            return null;
        }

        void markBoundaries() {
            int depth = 0;
            for (int i = 0; i < s.length(); i++) {
                if (inFigure(i)) {
                    continue;
                }
                char c = s.charAt(i);
                if (c == '(' && depth == 0) {
                    int close = closingBracket(i);
                    if (figureBetween(i, close) && clauseMarkBetween(i, close)) {
                        // an aside with clauses and figures of its own: (公务用车购置费0万元,比上年减少19.6万元;…。)
                        // reads as clauses; a qualifier such as (7个街道) or (上年仅安排140.2万元) does not
                        boundary[i] = true;
                        segmentEnd[i] = true;
                        asides.add(new int[] {i, close});
                        if (close < s.length()) {
                            boundary[close] = true;
                            segmentEnd[close] = true;
                        }
                        continue;
                    }
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                }
                if (depth > 0) {
                    continue;
                }
                if (c == ',' || c == ';' || c == ':' || c == '。' || c == '!' || c == '?') {
                    boundary[i] = true;
                }
                if (c == ';' || c == '。' || c == '!' || c == '?') {
                    segmentEnd[i] = true;
                }
            }
            Matcher m = INTRODUCER.matcher(s);
            while (m.find()) {
                if (m.group().startsWith("其中")) {
                    segmentEnd[m.end() - 1] = true;
                    boundary[m.end() - 1] = true;
                }
            }
        }

        /** The index of the {@code )} closing the {@code (} at {@code open}, or the sentence's length. */
        int closingBracket(int open) {
            int depth = 0;
            for (int i = open; i < s.length(); i++) {
                if (s.charAt(i) == '(') {
                    depth++;
                } else if (s.charAt(i) == ')' && --depth == 0) {
                    return i;
                }
            }
            return s.length();
        }

        boolean figureBetween(int from, int to) {
            return figures.stream().anyMatch(f -> f.start > from && f.end <= to);
        }

        /** Whether s(from, to) holds a clause mark ({@code , ; 。 :}) outside figures. */
        boolean clauseMarkBetween(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                char c = s.charAt(i);
                if ((c == ',' || c == ';' || c == '。' || c == ':') && !inFigure(i)) {
                    return true;
                }
            }
            return false;
        }

        /** The aside around {@code pos}, or null. */
        int[] asideOf(int pos) {
            for (int[] a : asides) {
                if (a[0] < pos && pos < a[1]) {
                    return a;
                }
            }
            return null;
        }

        /** The {@code (} of the aside that closes just before {@code pos}, or -1. */
        int asideOpenBefore(int pos) {
            for (int[] a : asides) {
                if (a[1] < s.length() && a[1] == pos - 1) {
                    return a[0];
                }
            }
            return -1;
        }

        boolean inFigure(int i) {
            for (Figure f : figures) {
                if (i >= f.start && i < f.end) {
                    return true;
                }
            }
            return false;
        }

        void markExplanations() {
            Matcher m = EXPLANATION.matcher(s);
            while (m.find()) {
                if (m.group().equals("主要用于")) {
                    continue;   // what the money is for, not why it changed
                }
                for (int i = m.end(); i < s.length() && !segmentEnd[i]; i++) {
                    explanation[i] = true;
                }
            }
        }

        int clauseStart(int pos) {
            int i = pos - 1;
            while (i >= 0 && !boundary[i]) {
                i--;
            }
            return i + 1;
        }

        int clauseEnd(int pos) {
            int i = pos;
            while (i < s.length() && !boundary[i]) {
                i++;
            }
            return i;
        }

        int segmentStart(int pos) {
            int i = pos - 1;
            while (i >= 0 && !segmentEnd[i]) {
                i--;
            }
            return i + 1;
        }

        int clauseIndex(int pos) {
            int n = 0;
            for (int i = 0; i < pos; i++) {
                if (boundary[i]) {
                    n++;
                }
            }
            return n;
        }

        int segmentIndex(int pos) {
            int n = 0;
            for (int i = 0; i < pos; i++) {
                if (segmentEnd[i]) {
                    n++;
                }
            }
            return n;
        }

        // ---- classifying ------------------------------------------------------------------------

        void classify(Figure f) {
            int from = clauseStart(f.start);
            for (Figure g : figures) {
                if (g != f && g.end <= f.start && g.end > from) {
                    from = g.end;
                }
            }
            f.lead = s.substring(from, f.start);
            String after = s.substring(f.end, Math.min(s.length(), f.end + 4));
            String lead = f.lead;
            if (f.type == Type.COUNT) {
                f.role = Role.COUNT;
            } else if (f.type == Type.PERCENT) {
                if (SHARE_MARK.matcher(lead).find()) {
                    f.role = Role.SHARE;
                } else if (RATE_MARK.matcher(lead).find()) {
                    f.role = Role.RATE;
                } else if (DIR_AT_END.matcher(lead).find() || BASE_THAN.matcher(lead + "减少").find() && DIR.matcher(lead).find()) {
                    f.role = Role.CHANGE_PERCENT;
                } else {
                    f.role = Role.AMOUNT;
                }
            } else {
                if (DIR_AT_END.matcher(lead).find()) {
                    f.role = Role.CHANGE;
                } else if (lead.matches(".*(?:比|较).*") && DIR_AT_START.matcher(after).find()) {
                    f.role = Role.BEFORE;
                } else {
                    f.role = Role.AMOUNT;
                }
            }
            if (f.role == Role.AMOUNT || f.role == Role.COUNT || f.role == Role.SHARE) {
                String l = lead;
                if (f.role == Role.SHARE) {
                    Matcher m = SHARE_MARK.matcher(l);
                    m.find();
                    l = l.substring(0, m.start());
                }
                Subject sub = subjectOf(from, from + l.length());
                f.subject = sub.name();
                f.measure = sub.measure();
                f.classAttrs = sub.classAttrs();
                f.code = sub.code();
                if (f.role == Role.COUNT && (GENERIC.contains(f.subject == null ? "" : f.subject)
                        || f.subject.matches(".*(?:[对有及在成置报增]|主要是.*)$"))) {
                    Matcher n = FOLLOWING_NOUN.matcher(s.substring(f.end));
                    if (n.find()) {
                        f.subject = n.group(1);
                    }
                }
            }
        }

        /** The subject stated in s[from, to): a class span's lowest name, else the cleaned words. */
        Subject subjectOf(int from, int to) {
            String text = s.substring(from, to);
            Map<String, String> attrs = new LinkedHashMap<>();
            SubjectCode code = null;
            String classPart = null;
            for (ClassSpan c : classes) {
                if (c.start >= from && c.end <= to) {
                    classPart = c.subject;
                    attrs = new LinkedHashMap<>(c.attrs);
                    code = c.code;
                    text = s.substring(c.end, to);
                }
            }
            text = stripBase(text);
            String name = cleanSubject(text);
            String measure = null;
            Matcher cut = MEASURE_CUT.matcher(name);
            if (cut.find()) {
                measure = measureOf(cut.group(1));
                name = dropFeeSpending(cleanSubject(name.substring(0, cut.start())));
            }
            if (classPart != null) {
                // 一般公共服务(类)支出 → 一般公共服务支出; 一般公共服务支出(类)支出 stays 一般公共服务支出 (苏州审计局 2026 p23)
                name = classPart + (GENERIC.contains(name) && !name.isEmpty() && attrs.size() == 1 && attrs.containsKey("类")
                        && !classPart.endsWith(name) ? name : "");
            }
            if (measure == null) {
                Matcher keep = MEASURE_KEEP.matcher(name);
                if (keep.find()) {
                    measure = keep.group(1);
                }
            }
            return new Subject(name, measure, attrs, code);
        }

        // ---- emitting -------------------------------------------------------------------------------

        Claim claim(ClaimKind kind, int start, int end, String subject, SubjectCode code, Map<String, Amount> figs,
                    Direction dir, Integer year, Map<String, String> attrs) {
            Claim c = new Claim(kind, s.substring(Math.max(0, start), Math.min(s.length(), end)), subject, code, figs,
                    dir, year, attrs, place);
            out.add(c);
            return c;
        }

        /** Fills an empty subject from the context; returns whether it did. */
        boolean inherit(Figure f) {
            if (f.subject != null && !f.subject.isEmpty() && "预算".equals(f.measure)
                    && !(ctx.heading() && !ctx.attributes().isEmpty())) {
                return false;   // 支出预算12,122万元: the whole budget's 支出, not the context's
            }
            if (f.subject == null || GENERIC.contains(f.subject)) {
                Figure own = null;
                for (Figure g : figures) {
                    if (g.end <= f.start && g.type == Type.MONEY && g.role == Role.AMOUNT && !g.fromContext
                            && g.subject != null && !GENERIC.contains(g.subject)
                            && segmentIndex(g.start) == segmentIndex(f.start)) {
                        own = g;
                    }
                }
                if (own != null) {
                    f.subject = own.subject;
                    f.classAttrs = own.classAttrs;
                    return false;
                }
                if (!ctx.isEmpty()) {
                    f.subject = ctx.subject();
                    f.classAttrs = new LinkedHashMap<>(ctx.attributes());
                    f.fromContext = true;
                    return true;
                }
                if (f.subject != null && f.subject.isEmpty()) {
                    f.subject = null;
                }
            }
            return false;
        }

        void emitAmounts() {
            for (Figure f : figures) {
                if (f.role != Role.AMOUNT && f.role != Role.COUNT) {
                    continue;
                }
                if (!f.fromContext) {
                    inherit(f);
                }
                Map<String, String> a = new LinkedHashMap<>();
                if (f.measure != null) {
                    a.put("measure", f.measure);
                }
                a.putAll(f.classAttrs);
                if (f.fromContext) {
                    a.put("context", ctx.subject() != null && f.subject.equals(ctx.subject()) ? ctx.subject() : f.subject);
                }
                if (f.role == Role.COUNT) {
                    a.remove("measure");
                    a.put("unit", f.countUnit);
                    f.amountClaim = claim(ClaimKind.COUNT, f.start - f.lead.length(), f.end, f.subject, f.code,
                            Map.of("count", f.amount), null, null, a);
                } else {
                    f.amountClaim = claim(ClaimKind.AMOUNT, f.start - f.lead.length(), f.end, f.subject, f.code,
                            Map.of("amount", f.amount), null, null, a);
                }
            }
        }

        void emitShares() {
            for (Figure f : figures) {
                if (f.role != Role.SHARE) {
                    continue;
                }
                Matcher m = SHARE_MARK.matcher(f.lead);
                m.find();
                String of = f.lead.substring(m.end()).replaceAll("的$", "");
                Map<String, Amount> figs = new LinkedHashMap<>();
                Map<String, String> a = new LinkedHashMap<>();
                String subject = GENERIC.contains(f.subject == null ? "" : f.subject) ? null : f.subject;
                Figure part = null;
                int start = f.start - f.lead.length();
                if (subject == null) {
                    // the part's amount in the clause before: 项目支出240.27万元,占本年支出15.5%
                    for (Figure g : figures) {
                        if (g.end <= f.start && g.type == Type.MONEY && g.role == Role.AMOUNT
                                && clauseIndex(g.start) >= clauseIndex(f.start) - 1
                                && segmentIndex(g.start) == segmentIndex(f.start)) {
                            part = g;
                        }
                    }
                    if (part != null) {
                        subject = part.subject;
                        figs.put("amount", part.amount);
                        a.putAll(part.classAttrs);
                        if (part.fromContext) {
                            a.put("context", ctx.subject());
                        }
                        start = part.start - part.lead.length();
                    } else if (!ctx.isEmpty()) {
                        subject = ctx.subject();
                        a.put("context", ctx.subject());
                    }
                } else {
                    a.putAll(f.classAttrs);
                }
                figs.put("percent", f.amount);
                if (!of.isEmpty()) {
                    a.put("of", of);
                } else if (!ctx.isEmpty() && !a.containsKey("context")) {
                    a.put("context", ctx.subject());
                }
                claim(ClaimKind.SHARE, start, f.end, subject, part != null ? part.code : f.code, figs, null, null, a);
            }
        }

        void emitCompletions() {
            List<Figure> group = new ArrayList<>();
            int seg = -1;
            for (Figure f : figures) {
                boolean budget = f.role == Role.AMOUNT && f.type == Type.MONEY && f.measure != null && f.measure.contains("预算");
                boolean actual = f.role == Role.AMOUNT && f.type == Type.MONEY && ("决算".equals(f.measure) || "执行数".equals(f.measure));
                boolean rate = f.role == Role.RATE;
                if (!budget && !actual && !rate) {
                    continue;
                }
                int fs = segmentIndex(f.start);
                boolean hasBudget = group.stream().anyMatch(g -> g.measure != null && g.measure.contains("预算") && g.role == Role.AMOUNT);
                boolean hasActual = group.stream().anyMatch(g -> g.role == Role.AMOUNT && !g.measure.contains("预算"));
                if (fs != seg || (budget && (hasBudget || hasActual)) || (actual && hasActual)) {
                    flushCompletion(group);
                }
                seg = fs;
                group.add(f);
                if (rate) {
                    flushCompletion(group);
                }
            }
            flushCompletion(group);
        }

        void flushCompletion(List<Figure> group) {
            if (group.isEmpty()) {
                return;
            }
            Figure budget = null;
            Figure actual = null;
            Figure rate = null;
            for (Figure f : group) {
                if (f.role == Role.RATE) {
                    rate = f;
                } else if (f.measure.contains("预算")) {
                    budget = f;
                } else {
                    actual = f;
                }
            }
            if (rate != null && budget == null && actual == null) {
                for (Figure f : figures) {
                    if (f.end <= rate.start && f.type == Type.MONEY && f.role == Role.AMOUNT
                            && segmentIndex(f.start) == segmentIndex(rate.start)
                            && (f.measure == null || !f.measure.contains("预算"))) {
                        actual = f;
                    }
                }
                if (actual != null) {
                    group.add(0, actual);
                }
            }
            boolean complete = rate != null || (budget != null && actual != null);
            if (complete) {
                Map<String, Amount> figs = new LinkedHashMap<>();
                Map<String, String> a = new LinkedHashMap<>();
                String subject = null;
                Figure head = budget != null ? budget : actual;
                if (head != null) {
                    subject = head.subject;
                    a.putAll(head.classAttrs);
                    if (head.fromContext) {
                        a.put("context", ctx.subject());
                    }
                    figs.put(head == budget ? "budget" : "actual", head.amount);
                }
                if (budget != null && actual != null) {
                    figs.put("actual", actual.amount);
                }
                if (rate != null) {
                    figs.put("rate", rate.amount);
                    a.put("of", rateBase(rate.lead));
                    if (subject == null) {
                        Subject sub = subjectOf(rate.start - rate.lead.length(), rate.start);
                        String n = sub.name().replaceAll("(?:完成|执行率|完成率|执行进度).*$", "");
                        n = cleanSubject(n.replaceAll("预算$", ""));
                        if (!GENERIC.contains(n)) {
                            subject = n;
                        } else if (!ctx.isEmpty()) {
                            subject = ctx.subject();
                            a.putAll(ctx.attributes());
                            a.put("context", ctx.subject());
                        }
                    }
                }
                int start = group.get(0).start - group.get(0).lead.length();
                claim(ClaimKind.COMPLETION, start, group.get(group.size() - 1).end, subject, head != null ? head.code : null,
                        figs, null, null, a);
            }
            group.clear();
        }

        String rateBase(String lead) {
            Matcher m = Pattern.compile("完成(.*?)的?$").matcher(lead);
            if (m.find() && !m.group(1).isEmpty()) {
                return m.group(1).replaceAll("的$", "");
            }
            return "预算";   // 预算执行率, 执行率: of the budget
        }

        void emitChanges() {
            List<List<Figure>> groups = new ArrayList<>();
            List<Figure> cur = null;
            for (Figure f : figures) {
                if (f.role != Role.CHANGE && f.role != Role.CHANGE_PERCENT && f.role != Role.BEFORE) {
                    continue;
                }
                boolean join = cur != null && segmentIndex(cur.get(0).start) == segmentIndex(f.start)
                        && (f.role == Role.CHANGE && cur.stream().noneMatch(g -> g.role == Role.CHANGE)
                                && cur.stream().noneMatch(g -> g.role == Role.CHANGE_PERCENT)
                            || f.role == Role.CHANGE_PERCENT && cur.stream().noneMatch(g -> g.role == Role.CHANGE_PERCENT)
                                && clauseIndex(f.start) - clauseIndex(cur.get(cur.size() - 1).start) <= 1);
                if (!join) {
                    cur = new ArrayList<>();
                    groups.add(cur);
                }
                cur.add(f);
            }
            for (List<Figure> g : groups) {
                emitChange(g);
            }
        }

        void emitChange(List<Figure> g) {
            Map<String, Amount> figs = new LinkedHashMap<>();
            Map<String, String> a = new LinkedHashMap<>();
            Direction dir = null;
            Figure first = g.get(0);
            int start = first.start - first.lead.length();
            String base = baseBefore(g.get(g.size() - 1).end);
            Figure before = null;
            for (Figure f : g) {
                if (f.role == Role.BEFORE) {
                    before = f;
                    figs.put("before", f.amount);
                } else {
                    Matcher d = lastDir(f.lead);
                    if (dir == null && d != null) {
                        dir = directionOf(d.group());
                    }
                    if (f.role == Role.CHANGE) {
                        figs.put("change", f.amount);
                    } else {
                        figs.put("percent", f.amount);
                    }
                }
            }
            if (dir == null && before != null) {
                Matcher d = DIR_AT_START.matcher(s.substring(before.end));
                if (d.find()) {
                    dir = directionOf(d.group().replaceAll("^[各了]", ""));
                }
            }
            // before/after stated as amounts: 2025年当年预算执行数为A,2026年预算安排B,比2025年预算执行数减少1.10%
            Figure after = null;
            if (before == null && base != null) {
                String key = yearless(base);
                Integer by = yearOf(base);
                Figure candidate = null;
                for (Figure f : figures) {
                    if (f.end > first.start || f.role != Role.AMOUNT || f.type != Type.MONEY) {
                        continue;
                    }
                    String lead = yearless(SUBJECT_SUFFIX.matcher(f.lead).replaceAll(""));
                    if (candidate == null && !key.isEmpty() && lead.endsWith(key) && java.util.Objects.equals(yearOf(f.lead), by)) {
                        candidate = f;
                    } else if (candidate != null) {
                        after = f;
                    }
                }
                if (candidate != null && after != null) {
                    figs.put("before", candidate.amount);
                    figs.put("after", after.amount);
                    start = candidate.start - candidate.lead.length();
                    Map<String, Amount> ordered = new LinkedHashMap<>();
                    ordered.put("before", candidate.amount);
                    ordered.put("after", after.amount);
                    figs.forEach(ordered::putIfAbsent);
                    figs = ordered;
                }
            }
            // the amount right before 比/较: 一般公共预算财政拨款收入1,553.51万元,比2022年度决算数减少…
            if (after == null) {
                int cs = clauseStart(first.start);
                if (s.startsWith("比", cs) || s.startsWith("较", cs)) {
                    // after an aside, the amount before it: 24.8万元(公务用车购置费0万元,…。)比上年减少25.05万元
                    int open = asideOpenBefore(cs);
                    int prevClause = open >= 0 ? clauseIndex(open) : clauseIndex(cs) - 1;
                    int limit = open >= 0 ? open : cs;
                    for (Figure f : figures) {
                        if (f.end <= limit && f.type == Type.MONEY && f.role == Role.AMOUNT
                                && clauseIndex(f.start) == prevClause) {
                            after = f;
                        }
                    }
                    if (after != null) {
                        Map<String, Amount> ordered = new LinkedHashMap<>();
                        if (figs.containsKey("before")) {
                            ordered.put("before", figs.get("before"));
                        }
                        ordered.put("after", after.amount);
                        figs.forEach(ordered::putIfAbsent);
                        figs = ordered;
                        start = after.start - after.lead.length();
                    }
                }
            }
            String subject = changeSubject(first);
            if (subject == null && after != null) {
                subject = after.subject;
                if (after.fromContext) {
                    a.put("context", ctx.subject());
                }
            }
            if (subject == null) {
                for (Figure f : figures) {
                    if (f.end <= first.start && f.role == Role.AMOUNT && f.type == Type.MONEY && f.subject != null) {
                        subject = f.subject;
                        a.putAll(f.classAttrs);
                    }
                }
            }
            if (subject == null) {
                subject = bareChangeSubject(first);
            }
            if (subject == null && !ctx.isEmpty()) {
                subject = ctx.subject();
                a.put("context", ctx.subject());
            }
            if (base != null) {
                a.put("base", base);
            }
            claim(ClaimKind.CHANGE, start, g.get(g.size() - 1).end, subject, null, figs, dir,
                    base == null ? null : yearOf(base), a);
            for (Figure f : g) {
                f.subject = subject;
            }
        }

        String changeSubject(Figure first) {
            int from = clauseStart(first.start);
            String lead = s.substring(from, first.start);
            Matcher d = lastDir(lead);
            if (d != null) {
                lead = lead.substring(0, d.start());
            }
            Subject sub = subjectOf(from, from + lead.length());
            String n = sub.name();
            return GENERIC.contains(n) ? null : n;
        }

        /**
         * The subject of a figureless change in the clause just before: {@code 项目支出增加,较上一度增加1133.95万元}
         * (普陀规划资源局 2024 p21) is about 项目支出, not the sentence's context. Null when that clause is not
         * {@code name + direction word} in the same segment.
         */
        String bareChangeSubject(Figure first) {
            int cs = clauseStart(first.start);
            if (cs == 0 || segmentEnd[cs - 1]) {
                return null;
            }
            String prev = s.substring(clauseStart(cs - 1), cs - 1);
            Matcher d = DIR_AT_END.matcher(prev);
            if (!d.find() || prev.matches(".*\\d.*")) {
                return null;
            }
            String n = cleanSubject(stripBase(prev.substring(0, d.start())));
            return GENERIC.contains(n) || n.length() > 20 ? null : n;
        }

        /** The base of the comparison stated before {@code pos}, in the sentence: 与X相比, 比X, 较X, 同比. */
        String baseBefore(int pos) {
            String head = s.substring(0, pos);
            String best = null;
            int bestAt = -1;
            for (Pattern p : List.of(BASE_WITH, BASE_THAN, BASE_FLAT)) {
                Matcher m = p.matcher(head);
                while (m.find()) {
                    if (m.start() > bestAt) {
                        bestAt = m.start();
                        best = m.group(1);
                    }
                }
            }
            int tong = head.lastIndexOf("同比");
            if (tong > bestAt) {
                return "上年";
            }
            if (best == null) {
                return null;
            }
            return best.replaceAll("\\d[\\d,.]*(?:万元|亿元|元)$", "").replaceAll("^(?:上年度|上年)$", "上年");
        }

        void emitDirections() {
            Matcher m = DIR.matcher(s);
            while (m.find()) {
                if (explanation[m.start()] || inFigure(m.start())) {
                    continue;
                }
                String word = m.group();
                if (word.equals("一致") && !s.substring(clauseStart(m.start()), m.start()).contains("与")) {
                    continue;
                }
                if (!isComparison(m)) {
                    continue;
                }
                Direction dir = directionOf(word);
                String after = s.substring(m.end());
                boolean reason = REASON_AFTER.matcher(after).find()
                        || s.substring(m.end(), clauseEnd(m.end())).matches(".*的主要原因.*");
                Map<String, String> a = new LinkedHashMap<>();
                a.put("role", reason ? "reason" : "comparison");
                a.put("word", word);
                String base = null;
                if (word.matches("小于|大于|高于|低于")) {
                    Matcher b = Pattern.compile("^([^,;:。的]{1,20}?)(?:的|,|;|:|。|$)").matcher(after);
                    if (b.find()) {
                        base = b.group(1);
                    }
                } else {
                    base = baseBefore(m.end());
                    if (base != null && !sameSegmentHas(m.start(), base)) {
                        base = null;
                    }
                }
                if (base != null) {
                    a.put("base", base);
                }
                String subject = directionSubject(m.start());
                if (subject != null && a.get("context") == null && subject.equals(ctx.subject())
                        && !ownSubjectIn(m.start(), subject)) {
                    a.put("context", subject);
                }
                claim(ClaimKind.DIRECTION, clauseStart(m.start()), clauseEnd(m.end()), subject, null, Map.of(), dir,
                        base == null ? null : yearOf(base), a);
            }
        }

        /** 持平/小于…, a word before a figure or before 主要原因, or in a clause that names a base. */
        boolean isComparison(Matcher m) {
            String word = m.group();
            if (word.matches("持平|无增减|一致|小于|大于|高于|低于")) {
                return true;
            }
            String after = s.substring(m.end());
            if (after.matches("^(?:各|了)?\\d.*") || REASON_AFTER.matcher(after).find()
                    || s.substring(m.end(), clauseEnd(m.end())).matches(".*的主要原因.*")) {
                return true;
            }
            String clause = s.substring(clauseStart(m.start()), m.start());
            return clause.matches(".*(?:比|较|与.*相比|同比|上年).*") || baseBefore(m.start()) != null
                    && sameSegmentHas(m.start(), baseBefore(m.start()));
        }

        boolean sameSegmentHas(int pos, String base) {
            int from = segmentStart(pos);
            int i = s.indexOf(base, from);
            return i >= 0 && i < pos;
        }

        boolean ownSubjectIn(int pos, String subject) {
            return s.substring(0, pos).contains(subject);
        }

        String directionSubject(int pos) {
            // the change this word belongs to
            for (Figure f : figures) {
                if ((f.role == Role.CHANGE || f.role == Role.CHANGE_PERCENT) && f.lead != null
                        && f.start - f.lead.length() <= pos && pos < f.start && f.subject != null) {
                    return f.subject;
                }
                if (f.role == Role.BEFORE && f.end <= pos && pos <= f.end + 2 && f.subject != null) {
                    return f.subject;
                }
            }
            int from = clauseStart(pos);
            String lead = stripBase(s.substring(from, pos).replaceFirst("(?:与|比|较)[^,;:。]*$", ""));
            String n = cleanSubject(lead);
            Matcher cut = MEASURE_CUT.matcher(n);
            if (cut.find()) {
                n = dropFeeSpending(cleanSubject(n.substring(0, cut.start())));
            }
            if (!GENERIC.contains(n) && !n.matches(".*[与比较].*")) {
                return n;
            }
            // the subject of the sentence: its first stated amount's, or a change's, or the context's
            String found = null;
            for (Figure f : figures) {
                if (f.start < pos && f.subject != null && (f.role == Role.AMOUNT || f.role == Role.CHANGE
                        || f.role == Role.CHANGE_PERCENT) && found == null) {
                    found = f.subject;
                }
            }
            if (found != null) {
                return found;
            }
            for (ClassSpan c : classes) {
                if (c.start < pos) {
                    return c.subject;
                }
            }
            String head = headSubject(s);
            return head != null ? head : ctx.subject();
        }

        void emitBreakdown() {
            Matcher m = INTRODUCER.matcher(s);
            while (m.find()) {
                int at = m.start();
                List<Figure> items = new ArrayList<>();
                for (Figure f : figures) {
                    if (f.start > at && f.role == Role.AMOUNT && f.type == Type.MONEY && !f.fromContext
                            && f.subject != null && !GENERIC.contains(f.subject) && f.measure == null
                            || f.start > at && f.role == Role.AMOUNT && f.type == Type.MONEY && !f.fromContext
                            && f.subject != null && !GENERIC.contains(f.subject) && isPlainMeasure(f.measure)) {
                        items.add(f);
                    }
                }
                // items end where the next introducer starts
                Matcher next = INTRODUCER.matcher(s);
                int limit = s.length();
                if (next.find(m.end())) {
                    limit = next.start();
                }
                final int lim = limit;
                items.removeIf(f -> f.start > lim);
                // an aside's figures part an item of the list, not the total: 24.8万元(公务用车购置费0万元,…)
                items.removeIf(f -> asideOf(f.start) != null && asideOf(f.start) != asideOf(at));
                if (items.size() < 2) {
                    continue;
                }
                Figure total = null;
                for (Figure f : figures) {
                    if (f.end <= at && f.type == Type.MONEY && f.role == Role.AMOUNT) {
                        total = f;
                    }
                }
                Map<String, Amount> figs = new LinkedHashMap<>();
                Map<String, String> a = new LinkedHashMap<>();
                String subject;
                int start;
                if (total != null) {
                    subject = total.subject;
                    figs.put("total", total.amount);
                    start = total.start - total.lead.length();
                    if (total.fromContext) {
                        a.put("context", ctx.subject());
                    }
                } else {
                    subject = ctx.subject();
                    if (ctx.amount() != null) {
                        figs.put("total", ctx.amount());
                    }
                    if (subject != null) {
                        a.put("context", subject);
                    }
                    start = at;
                }
                for (Figure f : items) {
                    String key = f.subject;
                    int n = 2;
                    while (figs.containsKey(key)) {
                        key = f.subject + "#" + n++;
                    }
                    figs.put(key, f.amount);
                }
                claim(ClaimKind.BREAKDOWN, start, items.get(items.size() - 1).end, subject, null, figs, null, null, a);
                return;
            }
        }

        boolean isPlainMeasure(String measure) {
            return measure == null || !measure.equals("年初预算") && !measure.equals("执行数");
        }

        void emitYears() {
            Matcher m = YEAR.matcher(s);
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                if (year < 1990 || year > 2100) {
                    continue;
                }
                Map<String, String> a = new LinkedHashMap<>();
                Matcher noun = YEAR_NOUN.matcher(s.substring(m.end()));
                if (noun.find()) {
                    a.put("reference", noun.group(1));
                }
                if (inBase(m.start())) {
                    a.put("role", "comparison");
                }
                int end = noun.find(0) ? m.end() + noun.end() : m.end();
                claim(ClaimKind.YEAR_REFERENCE, m.start(), end, null, null, Map.of(), null, year, a);
            }
        }

        boolean inBase(int pos) {
            for (Pattern p : List.of(BASE_WITH, BASE_THAN, BASE_FLAT)) {
                Matcher m = p.matcher(s);
                while (m.find()) {
                    if (pos >= m.start(1) && pos < m.end(1)) {
                        return true;
                    }
                }
            }
            return false;
        }

        Matcher lastDir(String text) {
            Matcher m = DIR.matcher(text);
            Matcher last = null;
            int at = -1;
            while (m.find()) {
                at = m.start();
            }
            if (at < 0) {
                return null;
            }
            last = DIR.matcher(text);
            last.find(at);
            return last;
        }

        String stripBase(String text) {
            String t = BASE_WITH.matcher(text).replaceAll("");
            t = Pattern.compile("(?:比|较)[^,;:。]{1,24}?(?=" + DIR_WORDS + "|$)").matcher(t).replaceAll("");
            t = Pattern.compile("与[^,;:。]{1,24}?(?=(?:基本)?(?:持平|一致))").matcher(t).replaceAll("");
            return t;
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static String trimName(String name) {
        String n = NAME_LEAD_IN.matcher(name).replaceFirst("");
        n = n.replaceFirst("^[-.\\s]+", "");
        return n.isEmpty() ? name : n;
    }

    /** The subject words of a lead: item numbers, quotes, entity, year and verbs removed. */
    static String cleanSubject(String text) {
        String t = text.replaceAll("[“”\"‘’']", "").strip();
        t = THRESHOLD_PHRASE.matcher(t).replaceAll("");
        t = ITEM_NUMBER.matcher(t).replaceFirst("");
        String before;
        do {
            before = t;
            t = ENTITY.matcher(t).replaceFirst("");
            t = SUBJECT_PREFIX.matcher(t).replaceFirst("");
            t = SUBJECT_SUFFIX.matcher(t).replaceFirst("");
            t = t.replaceFirst("^[-,.:;、\\s]+", "");
        } while (!t.equals(before));
        t = t.replaceFirst("\\((?!类|款|项|境)[^()]{1,20}\\)$", "");
        int de = t.lastIndexOf('的');
        if (de >= 0 && t.length() - de - 1 >= 2 && !t.startsWith("对")) {
            t = t.substring(de + 1);
        }
        int yong = t.lastIndexOf("用于");
        if (yong >= 0 && t.length() - yong - 2 >= 2) {
            t = t.substring(yong + 2);
        }
        return t;
    }

    /** The subject a numbered sentence starts with: {@code 3.公务接待费无预算,…} → 公务接待费; else null. */
    static String headSubject(String s) {
        Matcher item = ITEM_NUMBER.matcher(s);
        if (!item.find()) {
            return null;
        }
        Matcher m = HEAD.matcher(s.substring(item.end()));
        if (!m.find()) {
            return null;
        }
        String n = cleanSubject(m.group(1));
        return n.isEmpty() || n.length() > 20 ? null : n;
    }

    /** 公务接待费支出 (before 决算) → 公务接待费: the table line is the 费. */
    static String dropFeeSpending(String name) {
        return name.endsWith("费支出") ? name.substring(0, name.length() - 2) : name;
    }

    static String measureOf(String stated) {
        if (stated.startsWith("年初预算")) {
            return "年初预算";
        }
        if (stated.contains("执行数")) {
            return "执行数";
        }
        if (stated.contains("决算")) {
            return "决算";
        }
        return "预算";
    }

    static Direction directionOf(String word) {
        return switch (word) {
            case "增加", "增长", "上升", "大于", "高于" -> Direction.UP;
            case "减少", "下降", "降低", "小于", "低于" -> Direction.DOWN;
            default -> Direction.FLAT;
        };
    }

    static Integer yearOf(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile("(\\d{4})年").matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static String yearless(String text) {
        return text.replaceAll("\\d{4}年度?|当年|年度", "").strip();
    }
}
