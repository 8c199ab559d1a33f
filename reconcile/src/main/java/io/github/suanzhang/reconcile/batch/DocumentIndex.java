package io.github.suanzhang.reconcile.batch;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentIdentity;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.interval.Interval;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.reconcile.rules.narrative.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small index a batch keeps of one document: its identity and the figures other documents may print too
 * ({@link Fact}s), never its tables or its text. Built once from a {@link Disclosure}; the batch rules run on
 * indexes only.
 *
 * @param identity   what the document is
 * @param facts      the figures, in print order
 * @param units      for a department: how many units, its own (本级) included, it says its accounts include
 *                   ({@code 由本级及所属3个单位组成} → 4, {@code 预算单位共4家} → 4, {@code 无下属单位} → 1); null when it
 *                   does not say
 * @param restated   whether the narrative says figures of another year were restated on a comparable basis
 *                   ({@code 可比口径}, {@code 口径调整}): differences to last year's document are then expected
 */
public record DocumentIndex(DocumentIdentity identity, List<Fact> facts, Integer units, boolean restated) {
    private static final Set<String> TOTAL_LABELS = Set.of("合计", "总计", "支出合计", "本年支出合计");
    private static final Set<String> MONEY = Set.of(Unit.YUAN.name(), Unit.THOUSAND_YUAN.name(),
            Unit.TEN_THOUSAND_YUAN.name(), Unit.HUNDRED_MILLION_YUAN.name());
    private static final Pattern YEAR_COLUMN = Pattern.compile("(上年|(\\d{4})年)(?:度)?(预算|决算)");
    private static final Pattern SUB_UNITS = Pattern.compile(
            "本级(?:和|及|、|以及)?(?:其)?(?:所属|下属|二级)?(?:的)?([0-9]{1,3}|[一二三四五六七八九十两]{1,3})(?:个|家)[^。；]{0,8}?单位");
    private static final Pattern ALL_UNITS = Pattern.compile(
            "(?:预算|二级|所属)?单位共(?:计|有)?([0-9]{1,3}|[一二三四五六七八九十两]{1,3})(?:个|家)");
    private static final Pattern NO_SUB_UNITS = Pattern.compile("无(?:下属|所属|二级)(?:预算)?单位");
    private static final Pattern RESTATED = Pattern.compile("可比口径|口径调整|调整口径|同口径");
    private static final Map<String, String> GENERAL_TOTAL_SUBJECTS = Map.of(
            "一般公共预算财政拨款支出", "合计", "一般公共预算支出", "合计", "一般公共预算拨款支出", "合计");

    public DocumentIndex {
        facts = List.copyOf(facts == null ? List.of() : facts);
    }

    public String file() {
        return identity.file();
    }

    /** The facts of one basis, by measure (the first printing of each). */
    public Map<String, Fact> facts(Basis basis) {
        Map<String, Fact> out = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f.basis() == basis) {
                out.putIfAbsent(f.measure(), f);
            }
        }
        return out;
    }

    /** The index of {@code d}: identity, table figures of the three families, and the narrative's budget and last-year figures. */
    public static DocumentIndex of(Disclosure d) {
        DocumentIdentity id = DocumentIdentity.of(d);
        List<Fact> facts = new ArrayList<>();
        Integer year = d.document().year();
        Map<String, String> codeByName = new HashMap<>();
        for (Table t : d.tables()) {
            Optional<Family> fam = Family.of(t.kind());
            if (fam.isEmpty() || t.kind().documentType() != d.document().type() && d.document().type() != DocumentType.UNKNOWN) {
                continue;
            }
            tableFacts(t, fam.get(), year, facts, codeByName);
        }
        Integer sub = null;
        boolean restated = false;
        for (Statement s : d.statements()) {
            if (sub == null) {
                Matcher m = SUB_UNITS.matcher(s.text());
                Matcher all = ALL_UNITS.matcher(s.text());
                if (m.find()) {
                    sub = number(m.group(1)) + 1;
                } else if (all.find() && s.text().contains("本级")) {
                    sub = number(all.group(1)); // 预算单位共3家，包括：…本级、… (本级 among them)
                } else if (NO_SUB_UNITS.matcher(s.text()).find()) {
                    sub = 1;
                }
            }
            restated |= RESTATED.matcher(s.text()).find();
            for (Claim c : s.claims()) {
                claimFacts(withAfter(c, s.text()), c.place().page() > 0 || c.place().line() > 0 ? c.place() : s.place(),
                        d.document().type(), year, codeByName, facts);
            }
        }
        return new DocumentIndex(id, facts, sub, restated);
    }

    private static void tableFacts(Table t, Family fam, Integer year, List<Fact> facts, Map<String, String> codeByName) {
        boolean finalAccounts = t.kind().documentType() == DocumentType.FINAL_ACCOUNTS;
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            String line;
            if (fam == Family.THREE_PUBLIC) {
                line = "合计";
            } else if (row.code() != null) {
                line = row.code().digits();
                String n = Names.normalise(row.label());
                if (!n.isEmpty() && fam == Family.GENERAL_BUDGET_EXPENDITURE) {
                    codeByName.merge(n, line, (a, b) -> a.equals(b) ? a : ""); // "" = two codes: not usable
                }
            } else if (TOTAL_LABELS.contains(Names.normalise(row.label()))) {
                line = "合计";
            } else {
                continue;
            }
            for (int c = 0; c < t.columns().size(); c++) {
                Cell cell = row.cell(c);
                if (cell == null || cell.amount() == null || !MONEY.contains(cell.amount().unit().name())) {
                    continue;
                }
                ColumnDef col = t.columns().get(c);
                Basis basis = Basis.CURRENT;
                String key = col.key();
                Matcher y = YEAR_COLUMN.matcher(col.label());
                if (y.find()) {
                    int printed = y.group(2) == null ? (year == null ? -1 : year - 1) : Integer.parseInt(y.group(2));
                    if (year == null || printed == year) {
                        key = canonical(fam, tail(col.label()));
                    } else if (printed == year - 1) {
                        basis = y.group(3).equals("预算") ? Basis.PREVIOUS_BUDGET : Basis.PREVIOUS_FINAL;
                        key = canonical(fam, tail(col.label()));
                    } else {
                        continue;
                    }
                } else if (fam == Family.THREE_PUBLIC && finalAccounts) {
                    if (key.startsWith("budget_")) {
                        basis = Basis.OPENING_BUDGET;
                        key = key.substring("budget_".length());
                    } else if (key.startsWith("actual_")) {
                        key = key.substring("actual_".length());
                    } else {
                        continue;
                    }
                }
                if (key == null || !Set.of("total", "basic", "project", "outbound", "vehicle", "vehicle_purchase",
                        "vehicle_operation", "reception").contains(key)) {
                    continue;
                }
                facts.add(new Fact(basis, fam, key, line, cell.amount(),
                        new Evidence(cell.place(), cell.raw(), t.id(), r, col.key())));
            }
            if (fam == Family.THREE_PUBLIC) {
                break; // one line of figures
            }
        }
    }

    /** The part of a column label after its year and 预算数/决算数 ({@code 2025年预算数/公务接待费} → 公务接待费). */
    private static String tail(String label) {
        int slash = label.indexOf('/');
        return slash < 0 ? "" : label.substring(slash + 1);
    }

    /** A column's canonical key from the words of its label; null when none fits. */
    static String canonical(Family fam, String label) {
        String l = label.replace("经费", "费");
        if (fam != Family.THREE_PUBLIC) {
            if (l.isEmpty() || l.contains("合计") || l.contains("小计")) {
                return "total";
            }
            return l.contains("基本支出") ? "basic" : l.contains("项目支出") ? "project" : null;
        }
        if (l.isEmpty() || l.equals("合计") || l.equals("总计")) {
            return "total";
        }
        if (l.contains("出国")) {
            return "outbound";
        }
        if (l.contains("接待")) {
            return "reception";
        }
        if (l.contains("公务用车")) {
            String last = l.substring(l.lastIndexOf('/') + 1);
            if (last.contains("小计") || l.indexOf('/') < 0 && l.contains("及")) {
                return "vehicle";
            }
            if (last.contains("购置") && !last.contains("及")) {
                return "vehicle_purchase";
            }
            if (last.contains("运行") && !last.contains("及")) {
                return "vehicle_operation";
            }
        }
        return null;
    }

    private static void claimFacts(Claim c, Place place, DocumentType type, Integer year,
                                   Map<String, String> codeByName, List<Fact> facts) {
        if (c.kind() == ClaimKind.COMPLETION && type == DocumentType.FINAL_ACCOUNTS) {
            Amount budget = c.figure("budget");
            if (budget == null || !MONEY.contains(budget.unit().name())) {
                return;
            }
            String n = Names.normalise(c.subject());
            if (n.startsWith("三公经费")) {
                facts.add(new Fact(Basis.OPENING_BUDGET, Family.THREE_PUBLIC, "total", "合计", budget,
                        Evidence.at(place, c.text())));
                return;
            }
            String line = line(c, n, codeByName);
            if (line != null) {
                facts.add(new Fact(Basis.OPENING_BUDGET, Family.GENERAL_BUDGET_EXPENDITURE, "total", line, budget,
                        Evidence.at(place, c.text())));
            }
        } else if (c.kind() == ClaimKind.CHANGE && year != null && c.year() != null && c.year() == year - 1) {
            changeFacts(c, place, type, year, codeByName, facts);
        } else if (c.kind() == ClaimKind.CHANGE && year != null && c.year() == null && c.text().contains("上年")
                && !c.text().matches(".*\\d{4}年.*")) {
            changeFacts(c, place, type, year, codeByName, facts);
        }
    }

    /** Last year's figure a change claim prints (比2022年度决算数1,797.63万元…) or implies (与上年相比增加40万元). */
    private static void changeFacts(Claim c, Place place, DocumentType type, int year,
                                    Map<String, String> codeByName, List<Fact> facts) {
        {
            Amount before = c.figure("before");
            if (before != null && (before.raw() == null || !MONEY.contains(before.unit().name()))) {
                return;
            }
            // whose figure: the word right after last year (比2022年度决算数…, 比上年预算…); for a change against
            // 上年 without the word, the document's own kind (a 预算 compares with last year's 预算)
            Boolean fin = null;
            Matcher y = YEAR_COLUMN.matcher(c.text());
            while (y.find()) {
                int printed = y.group(2) == null ? year - 1 : Integer.parseInt(y.group(2));
                if (printed == year - 1) {
                    boolean f = y.group(3).equals("决算");
                    if (fin != null && fin != f) {
                        return; // both named: not sure which
                    }
                    fin = f;
                }
            }
            if (fin == null) {
                if (before != null || type == DocumentType.UNKNOWN) {
                    return;
                }
                fin = type == DocumentType.FINAL_ACCOUNTS;
            }
            Basis basis = fin ? Basis.PREVIOUS_FINAL : Basis.PREVIOUS_BUDGET;
            String subject = Names.normalise(c.subject());
            Family fam = Family.GENERAL_BUDGET_EXPENDITURE;
            String column = "total";
            String line;
            if (subject.startsWith("三公经费") || subject.startsWith("“三公”经费")) {
                fam = Family.THREE_PUBLIC;
                line = "合计";
            } else if (subject.contains("出国") || subject.contains("接待") || subject.contains("公务用车")) {
                fam = Family.THREE_PUBLIC;
                line = "合计";
                column = canonical(Family.THREE_PUBLIC, subject);
            } else {
                line = line(c, subject, codeByName);
            }
            if (line == null || column == null) {
                return;
            }
            Evidence ev = Evidence.at(place, c.text());
            Amount stated = c.figure("after");
            if (before != null && stated != null && MONEY.contains(stated.unit().name())
                    && !ownFigure(facts, fam, column, line, stated)) {
                return; // the sentence's own figure is not this measure's: another measure of the same name
            }
            if (before != null) {
                facts.add(new Fact(basis, fam, column, line, before, ev));
                return;
            }
            Amount change = c.figure("change");
            if (change == null || change.raw() == null || !MONEY.contains(change.unit().name()) || c.direction() == null) {
                return;
            }
            // this year's figure as the same sentence prints it, and only when it is the document's own figure for
            // the measure: a sentence about all funds (支出总表) names its subjects as the general-budget one does
            Amount after = c.figure("after");
            if (after == null || !MONEY.contains(after.unit().name()) || !ownFigure(facts, fam, column, line, after)) {
                return;
            }
            Interval a = Compare.interval(after);
            Interval d = Compare.interval(change);
            Interval last = switch (c.direction()) {
                case UP -> a.minus(d);
                case DOWN -> a.plus(d);
                case FLAT -> change.value().signum() == 0 ? a : null;
            };
            if (last == null) {
                return;
            }
            facts.add(new Fact(basis, fam, column, line, Amount.of(last.midpoint().setScale(
                    Math.max(after.to(Unit.TEN_THOUSAND_YUAN).decimals(), 0), java.math.RoundingMode.HALF_UP), Unit.TEN_THOUSAND_YUAN),
                    ev, last, change));
        }
    }

    private static final Pattern AMOUNT_BEFORE = Pattern.compile("([0-9][0-9,]*(?:\\.([0-9]+))?)\\s*万元[^0-9。；;]{0,6}$");

    /**
     * A change claim without this year's figure whose sentence prints it right before the comparison, in the same
     * clause run ({@code 一般公共预算财政拨款支出预算21,940.96万元，与上年相比增加3,958.98万元}: the figure, a comma, the
     * comparison; its subject named before the figure): the claim with that figure as {@code after}. Otherwise the
     * claim as it is.
     */
    static Claim withAfter(Claim c, String sentence) {
        if (c.kind() != ClaimKind.CHANGE || c.figure("after") != null || c.figure("before") != null || sentence == null
                || c.subject() == null) {
            return c;
        }
        String norm = sentence.replaceAll("\\s+", "");
        String text = c.text().replaceAll("\\s+", "");
        int at = norm.indexOf(text);
        if (at <= 0) {
            return c;
        }
        String head = norm.substring(0, at);
        int stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'));
        head = head.substring(stop + 1);
        Matcher m = AMOUNT_BEFORE.matcher(head);
        String subject = c.subject().replaceAll("\\s+", "");
        if (!m.find() || subject.isEmpty() || !head.substring(0, m.start()).contains(subject)) {
            return c;
        }
        String digits = m.group(1).replace(",", "");
        int decimals = m.group(2) == null ? 0 : m.group(2).length();
        Map<String, Amount> fig = new LinkedHashMap<>(c.figures());
        fig.put("after", new Amount(new java.math.BigDecimal(digits), decimals, Unit.TEN_THOUSAND_YUAN, m.group(1) + "万元"));
        return new Claim(c.kind(), c.text(), c.subject(), c.code(), fig, c.direction(), c.year(), c.attributes(), c.place());
    }

    /** Whether the document prints {@code figure} for the measure itself (the figure's interval meets the table's). */
    private static boolean ownFigure(List<Fact> facts, Family fam, String column, String line, Amount figure) {
        String measure = fam.name() + "|" + column + "|" + line;
        return facts.stream().filter(f -> f.basis() == Basis.CURRENT && f.measure().equals(measure)).findFirst()
                .map(f -> !Compare.differ(f.amount(), figure)).orElse(false);
    }

    /** The line of the general-budget table a claim's subject names: its code, or 合计; null when not sure. */
    private static String line(Claim c, String subject, Map<String, String> codeByName) {
        if (c.code() != null) {
            return c.code().digits();
        }
        String total = GENERAL_TOTAL_SUBJECTS.get(subject);
        if (total != null) {
            return total;
        }
        String code = codeByName.get(subject);
        return code == null || code.isEmpty() || Names.vague(subject) ? null : code;
    }

    private static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        String digits = "零一二三四五六七八九";
        s = s.replace('两', '二');
        if (s.length() == 1) {
            return s.equals("十") ? 10 : digits.indexOf(s.charAt(0));
        }
        int tens = s.charAt(0) == '十' ? 1 : digits.indexOf(s.charAt(0));
        int ones = s.endsWith("十") ? 0 : digits.indexOf(s.charAt(s.length() - 1));
        return tens * 10 + ones;
    }
}
