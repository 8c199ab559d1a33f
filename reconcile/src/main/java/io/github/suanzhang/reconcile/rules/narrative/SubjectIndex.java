package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.code.Level;
import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.suanzhang.reconcile.rules.narrative.subject.ColumnNumberLine;
import io.github.suanzhang.reconcile.rules.narrative.subject.StatedParents;
import io.github.suanzhang.reconcile.rules.narrative.subject.SubjectWording;

/**
 * Finds the table lines a narrative claim is about. Not a rule: the narrative rules share it.
 *
 * <p>A claim's subject resolves to one subject code ({@link #resolve}): by the code the claim carries
 * (or a full code mark such as {@code (210类)} in its subject); by its 类/款/项 name triple, top-down
 * through the codes the tables print; by its name, exactly and then normalised ({@link Names}); a partial
 * code mark ({@code （01项）}) narrows a name that several lines carry. A name carried by lines of
 * different codes is {@link Resolution.Kind#AMBIGUOUS}, and rules skip it.
 *
 * <p>General subjects (本年支出合计, 基本支出, 人员经费, "三公"经费 …) resolve to the cells that hold them
 * ({@link #general}), per {@link Measure}. {@link #figures} gives the table figures for a claim and a
 * measure, comparing like with like: a 决算's tables hold 决算数 (and the 三公 table also 预算数); a
 * 预算's tables hold 预算数.
 *
 * <p>Built per disclosure ({@link #of}); immutable.
 */
public final class SubjectIndex {

    /** How a subject resolved. */
    public record Resolution(Kind kind, SubjectCode code, String general, String how) {
        public enum Kind {
            /** one subject code */
            CODE,
            /** a general subject (本年支出合计 …), key in {@link #general()} */
            GENERAL,
            /** several codes carry the name */
            AMBIGUOUS,
            /** nothing in the tables */
            UNKNOWN
        }

        static Resolution code(SubjectCode c, String how) {
            return new Resolution(Kind.CODE, c, null, how);
        }

        static final Resolution UNKNOWN = new Resolution(Kind.UNKNOWN, null, null, "");
        static final Resolution AMBIGUOUS = new Resolution(Kind.AMBIGUOUS, null, null, "");
    }

    /** One line of a table. */
    public record Line(Table table, int index, Row row, String name) {
        public Optional<TableFigure> figure(String column) {
            int c = table.columnIndex(column);
            Cell cell = row.cell(c);
            return cell != null && cell.hasAmount() ? Optional.of(new TableFigure(table, index, column, cell))
                    : Optional.empty();
        }
    }

    private static final Pattern FULL_MARK = Pattern.compile("[(（]\\s*([0-9]{3}|[0-9]{5}|[0-9]{7})\\s*[类款项]?\\s*[)）]");
    private static final Pattern PART_MARK = Pattern.compile("[(（]\\s*([0-9]{2})\\s*([款项])\\s*[)）]");

    private final Disclosure disclosure;
    private final List<Line> lines;
    private final Map<SubjectCode, List<Line>> byCode;
    private final List<SubjectCode> functional;
    /** per scheme: stripped label → the codes of the lines printing it, in table order (for {@link #codesNamed}) */
    private final Map<Scheme, Map<String, Set<SubjectCode>>> byLabel = new EnumMap<>(Scheme.class);
    /** per scheme: normalised name → the codes of the lines carrying it, in table order */
    private final Map<Scheme, Map<String, Set<SubjectCode>>> byName = new EnumMap<>(Scheme.class);

    private SubjectIndex(Disclosure disclosure) {
        this.disclosure = disclosure;
        List<Line> ls = new ArrayList<>();
        for (Table t : disclosure.tables()) {
            for (int i = 0; i < t.rows().size(); i++) {
                ls.add(new Line(t, i, t.rows().get(i), Names.normalise(t.rows().get(i).label())));
            }
        }
        this.lines = List.copyOf(ls);
        Map<SubjectCode, List<Line>> m = new java.util.LinkedHashMap<>();
        for (Line l : lines) {
            if (l.row().code() != null) {
                m.computeIfAbsent(l.row().code(), k -> new ArrayList<>()).add(l);
            }
        }
        this.byCode = m;
        this.functional = m.keySet().stream().filter(c -> c.scheme() == Scheme.FUNCTIONAL).toList();
        for (Line l : lines) {
            SubjectCode c = l.row().code();
            if (c == null) {
                continue;
            }
            byLabel.computeIfAbsent(c.scheme(), k -> new HashMap<>())
                    .computeIfAbsent(l.row().label().strip(), k -> new LinkedHashSet<>()).add(c);
            if (!l.name().isEmpty()) {
                byName.computeIfAbsent(c.scheme(), k -> new HashMap<>())
                        .computeIfAbsent(l.name(), k -> new LinkedHashSet<>()).add(c);
            }
        }
    }

    public static SubjectIndex of(Disclosure disclosure) {
        return new SubjectIndex(disclosure);
    }

    public Disclosure disclosure() {
        return disclosure;
    }

    public DocumentType type() {
        return disclosure.document().type();
    }

    /** Every line carrying {@code code}, in table order. */
    public List<Line> lines(SubjectCode code) {
        return byCode.getOrDefault(code, List.of());
    }

    /** Whether any table prints {@code code}. */
    public boolean has(SubjectCode code) {
        return byCode.containsKey(code);
    }

    /** The name the tables print for {@code code} (the first non-blank label). */
    public Optional<String> nameOf(SubjectCode code) {
        return lines(code).stream().map(l -> l.row().label()).filter(s -> !s.isBlank()).findFirst();
    }

    /** The distinct codes whose lines carry {@code name}: exact label first, then normalised; functional before economic. */
    public List<SubjectCode> codesNamed(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String wanted = Names.normalise(name);
        for (Map<Scheme, Map<String, Set<SubjectCode>>> index : List.of(byLabel, byName)) {
            String key = index == byLabel ? name.strip() : wanted;
            for (Scheme scheme : Scheme.values()) {
                Set<SubjectCode> out = index.getOrDefault(scheme, Map.of()).get(key);
                if (out != null && !out.isEmpty()) {
                    return List.copyOf(out);
                }
            }
        }
        return List.of();
    }

    /**
     * The code the stated 类/款/项 names lead to, top-down through the printed codes: the 类 by name, the
     * 款 among its children, the 项 among the 款's. Exact (normalised) names at every level; at the
     * deepest level a unique {@linkplain Names#variant wording variant} is accepted. Empty when a stated
     * level does not resolve. Null names are levels not stated; every level above the deepest must be stated.
     */
    public Optional<SubjectCode> byTriple(String cls, String sec, String item) {
        return byNames(cls, sec, item, false);
    }

    /** As {@link #byTriple}, a level not stated skipped (审计事务(款)事业运行(项): the 款 among all, the 项 under it). */
    public Optional<SubjectCode> byStatedLevels(String cls, String sec, String item) {
        return byNames(cls, sec, item, true);
    }

    private Optional<SubjectCode> byNames(String cls, String sec, String item, boolean skipMissing) {
        String[] names = {cls, sec, item};
        int deepest = -1;
        for (int i = 0; i < 3; i++) {
            if (names[i] != null && !names[i].isBlank()) {
                deepest = i;
            }
        }
        if (deepest < 0) {
            return Optional.empty();
        }
        SubjectCode at = null;
        for (int i = 0; i <= deepest; i++) {
            if (names[i] == null || names[i].isBlank()) {
                if (!skipMissing) {
                    return Optional.empty();
                }
                continue; // a level not stated (审计事务(款)事业运行(项) names no 类): the next one is sought below the last found
            }
            final SubjectCode parent = at;
            final int len = 3 + 2 * i;
            List<SubjectCode> level = functionalCodes().stream()
                    .filter(c -> c.digits().length() == len && (parent == null || c.digits().startsWith(parent.digits()))).toList();
            String want = names[i];
            String wantNorm = Names.normalise(want);
            List<SubjectCode> hit = level.stream().filter(c -> normalisedName(c).equals(wantNorm)).toList();
            if (hit.isEmpty() && i == deepest) {
                hit = level.stream().filter(c -> nameOf(c).map(n -> Names.variant(n, want)).orElse(false)).toList();
            }
            if (hit.size() != 1) {
                return Optional.empty();
            }
            at = hit.get(0);
        }
        return Optional.of(at);
    }

    private List<SubjectCode> functionalCodes() {
        return functional;
    }

    private String normalisedName(SubjectCode c) {
        return lines(c).stream().map(Line::name).filter(n -> !n.isEmpty()).findFirst().orElse("");
    }

    /** The general subject {@code subject} names (本年支出合计 …), its canonical key, if it is one. */
    public static Optional<String> generalKey(String subject) {
        String s = Names.normalise(subject);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (GeneralSubjects.General g : GeneralSubjects.ALL) {
            if (g.aliases().contains(s)) {
                return Optional.of(g.key());
            }
        }
        return Optional.empty();
    }

    /** How a general subject found through {@link SubjectWording} resolves: the self-check applies to it. */
    public static final String BY_WORDING = "general-wording";

    /**
     * A general subject named with measure or scope words around it ({@link SubjectWording}): resolved when the
     * forms that name a general subject all name the same one; two different ones are ambiguous.
     */
    private static Resolution generalByWording(String subject, String measure) {
        Set<String> keys = new LinkedHashSet<>();
        for (String form : SubjectWording.forms(subject, measure)) {
            generalKey(form).ifPresent(keys::add);
        }
        if (keys.size() == 1) {
            return new Resolution(Resolution.Kind.GENERAL, null, keys.iterator().next(), BY_WORDING);
        }
        return keys.isEmpty() ? Resolution.UNKNOWN : Resolution.AMBIGUOUS;
    }

    /**
     * What a claim's subject is: a general subject, or one code (claim code, full code mark, name triple,
     * name narrowed by a partial code mark), or ambiguous, or unknown.
     */
    public Resolution resolve(Claim claim) {
        return resolve(claim.subject(), claim.code(), claim.attributes());
    }

    public Resolution resolve(String subject, SubjectCode code, Map<String, String> attributes) {
        if (code != null) {
            return has(code) ? Resolution.code(code, "code") : Resolution.UNKNOWN;
        }
        String subj = subject == null ? "" : subject;
        Matcher full = FULL_MARK.matcher(subj);
        if (full.find()) {
            SubjectCode c = SubjectCode.functional(full.group(1));
            return has(c) ? Resolution.code(c, "code-mark") : Resolution.UNKNOWN;
        }
        Optional<String> general = generalKey(subj);
        if (general.isPresent()) {
            return new Resolution(Resolution.Kind.GENERAL, null, general.get(), "general");
        }
        String cls = attributes.get(ClaimAttribute.CLASS);
        String sec = attributes.get(ClaimAttribute.SECTION);
        String item = attributes.get(ClaimAttribute.ITEM);
        if (cls != null || sec != null || item != null) {
            Optional<SubjectCode> t = byStatedLevels(cls, sec, item);
            if (t.isPresent()) {
                return Resolution.code(t.get(), cls != null && sec != null || item == null ? "names" : "name-under-parent");
            }
        }
        boolean parentStated = item != null && (cls != null || sec != null);
        String name = subj;
        if (name.isBlank()) {
            name = item != null ? item : sec != null ? sec : cls;
        }
        if (name == null || name.isBlank()) {
            return Resolution.UNKNOWN;
        }
        List<SubjectCode> codes = codesNamed(PART_MARK.matcher(name).replaceAll(""));
        Matcher part = PART_MARK.matcher(name);
        if (part.find() && codes.size() > 1) {
            String own = part.group(1);
            int len = part.group(2).equals("项") ? 7 : 5;
            codes = codes.stream().filter(c -> c.digits().length() == len && c.ownPart().equals(own)).toList();
        }
        if (parentStated && !codes.isEmpty()) {
            // 审计事务(款)事业运行(项): a 项 name is the named 款's (类's) only; elsewhere it is another subject
            // (a sentence whose 类/款 names no table line at all misnames them: narrative.class-names says so,
            // and the 项 name alone decides, as before)
            List<SubjectCode> under = codes.stream().filter(c -> StatedParents.carries(this, c, cls, sec)).toList();
            if (under.isEmpty() && StatedParents.anyPrinted(this, cls, sec)) {
                return new Resolution(Resolution.Kind.UNKNOWN, null, null, "parent-not-in-tables");
            }
            parentStated = !under.isEmpty();
            codes = under.isEmpty() ? codes : under;
        }
        if (codes.size() == 1) {
            return Resolution.code(codes.get(0), parentStated ? "name-under-parent" : "name-only");
        }
        if (codes.isEmpty()) {
            return generalByWording(subj, attributes.get(ClaimAttribute.MEASURE));
        }
        return Resolution.AMBIGUOUS;
    }

    /**
     * As {@link #resolve(Claim)}, with the 类/款 the sentence or its heading names for the claim's 项
     * ({@link StatedParents}).
     */
    public Resolution resolve(Narrative.Stated s) {
        Claim c = s.claim();
        StatedParents parents = StatedParents.of(c, s.statement());
        return resolve(c.subject(), c.code(), parents.addTo(c.attributes()));
    }

    /** As {@link #figures(Claim, Measure)}, with the parents of {@link #resolve(Narrative.Stated)}. */
    public List<TableFigure> figures(Narrative.Stated s, Measure measure) {
        return figures(resolve(s), measure, isIncome(s.claim()));
    }

    /** The figures for a claim's subject in the columns that hold {@code measure}; empty when unresolved. */
    public List<TableFigure> figures(Claim claim, Measure measure) {
        return figures(resolve(claim), measure, isIncome(claim));
    }

    private List<TableFigure> figures(Resolution r, Measure measure, boolean income) {
        return switch (r.kind()) {
            case GENERAL -> general(r.general(), measure);
            case CODE -> figures(r.code(), measure, income);
            default -> List.of();
        };
    }

    /** Whether a claim is about income (its measure or subject says 收入). */
    public static boolean isIncome(Claim claim) {
        String m = claim.attributes().getOrDefault(ClaimAttribute.MEASURE, "");
        return m.contains("收入") || (claim.subject() != null && claim.subject().contains("收入"));
    }

    /** The cells holding a general subject for {@code measure}. */
    public List<TableFigure> general(String key, Measure measure) {
        Measure m = measure.in(type());
        List<TableFigure> out = new ArrayList<>();
        for (GeneralSubjects.General g : GeneralSubjects.ALL) {
            if (!g.key().equals(key)) {
                continue;
            }
            for (GeneralSubjects.Target t : g.targets()) {
                if (t.measure() != m) {
                    continue;
                }
                for (Line l : lines) {
                    if (l.table().kind() != t.kind() || (t.side() != null && t.side() != l.row().side())) {
                        continue;
                    }
                    if (!ofReportYear(l.table(), t.column())) {
                        continue;
                    }
                    boolean any = t.rows().contains("*");
                    if (any && (!rowOfReportYear(l) || ColumnNumberLine.is(l.row()))) {
                        continue;
                    }
                    if (any && itemsAsLines(l.table())) {
                        // 广州 表8 行政经费 / “三公”经费 / 其中:(一)因公出国(境)支出 … one line per item, 合计 a column:
                        // the subject's own line, never the first line of the table
                        if (!(g.aliases().contains(itemName(l)) || g.aliases().contains(itemName(l) + "费"))
                                || !t.column().endsWith(ColumnKey.TOTAL)) {
                            continue;
                        }
                    }
                    if (!any && !t.rows().contains(l.name())) {
                        continue;
                    }
                    Optional<TableFigure> f = l.figure(t.column());
                    if (f.isPresent()) {
                        out.add(f.get());
                        if (any) {
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A 三公 line's name as an item: 其中:(一)公务接待费支出 → 公务接待费. */
    private static String itemName(Line l) {
        String n = Names.normalise(l.row().label() == null ? "" : l.row().label().replaceFirst("^\\s*其中\\s*[:：]?", ""));
        return n.endsWith("支出") && n.length() > 3 ? n.substring(0, n.length() - 2) : n;
    }

    /** Whether a table prints the 三公 items as lines (a line named “三公”经费 or 公务接待费), not as columns. */
    private static boolean itemsAsLines(Table table) {
        for (Row r : table.rows()) {
            String n = Names.normalise(r.label() == null ? "" : r.label().replaceFirst("^\\s*其中\\s*[:：]?", ""));
            if (n.equals("三公经费") || n.startsWith("公务接待费") || n.startsWith("因公出国(境)")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");

    /**
     * Whether {@code column} of {@code table} surely holds the report's year: yes when no column label names
     * a year; otherwise only when its own label names the report's. 重庆市人民政府办公厅 2026 表五 and 表八
     * print a 2025 block before the 2026 one, and the reader labels the 2025 block plain 合计 / 公务用车运行维护费
     * beside 2026年预算数/总计 …: a label without a year there may be either year's.
     */
    private boolean ofReportYear(Table table, String column) {
        Integer year = disclosure.document().year();
        int c = table.columnIndex(column);
        if (year == null || c < 0) {
            return true;
        }
        boolean yearsNamed = false;
        for (int i = 0; i < table.columns().size(); i++) {
            yearsNamed |= YEAR.matcher(label(table, i)).find();
        }
        if (!yearsNamed) {
            return true;
        }
        Matcher m = YEAR.matcher(label(table, c));
        return m.find() && Integer.parseInt(m.group(1)) == year;
    }

    private static String label(Table table, int c) {
        String l = table.columns().get(c).label();
        return l == null ? "" : l;
    }

    /**
     * Whether a line of a one-line-per-year table (深圳 表9: 2025年 / 2026年 / 增减变化金额) is the report
     * year's; lines that name no year are (a single-line 三公 table).
     */
    private boolean rowOfReportYear(Line l) {
        String label = l.row().label() == null ? "" : l.row().label();
        if (label.contains("增减") || label.contains("变化") || label.contains("上年")) {
            return false;
        }
        Matcher m = YEAR.matcher(label);
        Integer year = disclosure.document().year();
        return !m.find() || (year != null && Integer.parseInt(m.group(1)) == year);
    }

    /** The figures of {@code code} in the columns holding {@code measure} (expenditure, or income). */
    public List<TableFigure> figures(SubjectCode code, Measure measure, boolean income) {
        Measure m = measure.in(type());
        List<TableFigure> out = new ArrayList<>();
        Set<TableKind> kinds = kindsFor(code.scheme(), m, income);
        for (Line l : lines(code)) {
            if (kinds.contains(l.table().kind())) {
                l.figure(ColumnKey.TOTAL).ifPresent(out::add);
            }
        }
        if (code.level() == Level.CLASS && code.scheme() == Scheme.FUNCTIONAL) {
            Optional<String> name = nameOf(code);
            TableKind.Side side = income ? GeneralSubjects.IN : GeneralSubjects.OUT;
            for (Line l : lines) {
                if (l.table().kind().isTwoSided() && l.row().code() == null && side == l.row().side()
                        && kinds.contains(l.table().kind()) && name.map(n -> Names.normalise(n).equals(l.name())).orElse(false)) {
                    l.figure(ColumnKey.TOTAL).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Set<TableKind> kindsFor(Scheme scheme, Measure m, boolean income) {
        if (m == Measure.ACTUAL) {
            if (scheme == Scheme.ECONOMIC) {
                return Set.of(TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE);
            }
            return income ? Set.of(TableKind.FINAL_INCOME)
                    : Set.of(TableKind.FINAL_EXPENDITURE, TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE,
                            TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, TableKind.FINAL_FISCAL_SUMMARY);
        }
        if (m == Measure.BUDGET) {
            if (scheme == Scheme.ECONOMIC) {
                return Set.of(TableKind.BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE, TableKind.BUDGET_FISCAL_BASIC_EXPENDITURE,
                        TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE_ECONOMIC);
            }
            return income ? Set.of(TableKind.BUDGET_INCOME)
                    : Set.of(TableKind.BUDGET_EXPENDITURE, TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE,
                            TableKind.BUDGET_FISCAL_EXPENDITURE, TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY,
                            TableKind.BUDGET_FISCAL_SUMMARY);
        }
        return Set.of();
    }

    /**
     * The functional codes at {@code level} whose {@code measure} expenditure figures print {@code amount}
     * (as the same fact, or one unit apart), in table order.
     */
    public List<SubjectCode> codesWithAmount(Amount amount, Level level, Measure measure) {
        Set<SubjectCode> out = new LinkedHashSet<>();
        for (SubjectCode c : functionalCodes()) {
            if (c.level() != level) {
                continue;
            }
            for (TableFigure f : figures(c, measure, false)) {
                if (Intervals.compatible(f.amount().unit(), amount.unit())) {
                    Agreement a = Consistency.samefact(f.amount(), amount).agreement();
                    if (a == Agreement.AGREES || a == Agreement.ONE_UNIT_APART) {
                        out.add(c);
                        break;
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Every code the tables print, in table order. */
    public Set<SubjectCode> codes() {
        return java.util.Collections.unmodifiableSet(byCode.keySet());
    }

    /** The keys of the general subjects ({@link #general}). */
    public static List<String> generalKeys() { return GeneralSubjects.ALL.stream().map(GeneralSubjects.General::key).toList(); }
}
