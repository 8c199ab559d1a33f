package io.github.suanzhang.bench.mutate;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Plants in the model: a figure of the claims of one sentence (every claim that read that printed figure
 * gets the new one, as if the print had changed), a direction, a year, or one table cell.
 */
final class ModelPlants {
    private ModelPlants() {
    }

    /** Every candidate plant of the disclosure, by kind. */
    static Map<Kind, List<Plant>> candidates(Disclosure d) {
        Map<Kind, List<Plant>> out = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            out.put(k, new ArrayList<>());
        }
        List<Statement> ss = d.statements();
        for (int si = 0; si < ss.size(); si++) {
            Statement s = ss.get(si);
            Set<String> seen = new java.util.HashSet<>();
            for (Claim c : s.claims()) {
                switch (c.kind()) {
                    case AMOUNT -> {
                        Amount a = c.figure("amount");
                        if (monetary(a) && seen.add("a" + a.raw())) {
                            if (inBreakdownItems(s, a)) {
                                out.get(Kind.K4_BREAKDOWN_ITEM).add(figure(Kind.K4_BREAKDOWN_ITEM, si, s, a, Figures.times(a.value(), a.decimals(), "1.1"), "3"));
                            } else {
                                out.get(Kind.K1_AMOUNT_X11).add(figure(Kind.K1_AMOUNT_X11, si, s, a, Figures.times(a.value(), a.decimals(), "1.1"), "3"));
                                out.get(Kind.K1_AMOUNT_DIGIT).add(figure(Kind.K1_AMOUNT_DIGIT, si, s, a, Figures.lastDigit(a.value(), a.decimals()), "3"));
                            }
                        }
                    }
                    case CHANGE -> {
                        Amount p = c.figure("percent");
                        if (percent(p) && seen.add("p" + p.raw())) {
                            out.get(Kind.K2_CHANGE_PERCENT).add(points(Kind.K2_CHANGE_PERCENT, si, s, p, false));
                        }
                        if ((c.direction() == Direction.UP || c.direction() == Direction.DOWN) && !zeroChange(c)) {
                            out.get(Kind.K2_DIRECTION).add(direction(si, s, c));
                        }
                        Amount ch = c.figure("change");
                        if (monetary(ch) && seen.add("c" + ch.raw())) {
                            out.get(Kind.K6_COMPLETION_CHANGE).add(figure(Kind.K6_COMPLETION_CHANGE, si, s, ch, Figures.times(ch.value(), ch.decimals(), "1.1"), "3"));
                        }
                    }
                    case SHARE -> {
                        Amount p = c.figure("percent");
                        if (percent(p) && seen.add("s" + p.raw())) {
                            out.get(Kind.K3_SHARE).add(points(Kind.K3_SHARE, si, s, p, true));
                        }
                    }
                    case COMPLETION -> {
                        Amount r = c.figure("rate");
                        if (percent(r) && seen.add("r" + r.raw())) {
                            out.get(Kind.K6_COMPLETION_CHANGE).add(points(Kind.K6_COMPLETION_CHANGE, si, s, r, false));
                        }
                    }
                    case YEAR_REFERENCE -> {
                        if (c.year() != null && seen.add("y" + c.year())) {
                            out.get(Kind.K7_YEAR).add(year(si, s, c.year(), d.document().year()));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        out.get(Kind.K5_CELL).addAll(cells(d));
        return out;
    }

    /**
     * The change is nil as printed (增加0万元, 增长0%): its direction word says nothing, and flipping it plants no
     * discrepancy.
     */
    static boolean zeroChange(Claim c) {
        Amount ch = c.figure("change");
        Amount p = c.figure("percent");
        if (ch != null) {
            return ch.value().signum() == 0;
        }
        return p != null && p.value().signum() == 0;
    }

    static boolean monetary(Amount a) {
        return a != null && a.unit().isMonetary() && a.value().signum() > 0;
    }

    static boolean percent(Amount a) {
        return a != null && a.unit() == Unit.PERCENT && a.value().signum() > 0;
    }

    /** The figure is an item (not the head) of a breakdown read from the same sentence. */
    static boolean inBreakdownItems(Statement s, Amount a) {
        for (Claim c : s.claims()) {
            if (c.kind() == ClaimKind.BREAKDOWN) {
                for (Map.Entry<String, Amount> e : c.figures().entrySet()) {
                    if (!e.getKey().equals("total") && e.getValue().sameFigure(a)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String where(Statement s, String what) {
        return "p" + (s.place().page() > 0 ? s.place().page() : s.place().line()) + " “" + what + "”";
    }

    private static int page(Statement s) {
        return s.place().page() > 0 ? s.place().page() : s.place().line();
    }

    /** Every claim of statement si reading {@code from} reads {@code to} instead. */
    static Disclosure replaceFigure(Disclosure d, int si, Amount from, Amount to) {
        List<Statement> ss = new ArrayList<>(d.statements());
        Statement s = ss.get(si);
        List<Claim> cs = new ArrayList<>();
        for (Claim c : s.claims()) {
            Map<String, Amount> f = new LinkedHashMap<>();
            c.figures().forEach((k, v) -> f.put(k, v.sameFigure(from) ? to : v));
            cs.add(new Claim(c.kind(), c.text(), c.subject(), c.code(), f, c.direction(), c.year(), c.attributes(), c.place()));
        }
        String text = from.raw() != null && to.raw() != null ? s.text().replace(from.raw(), to.raw()) : s.text();
        ss.set(si, new Statement(text, s.section(), s.place(), cs));
        return new Disclosure(d.source(), d.document(), d.tables(), ss, d.problems());
    }

    private static Plant figure(Kind kind, int si, Statement s, Amount a, BigDecimal planted, String probeFactor) {
        Amount to = Figures.with(a, planted);
        Amount gross = Figures.with(a, Figures.times(a.value(), a.decimals(), probeFactor));
        BigDecimal diff = planted.subtract(a.value()).abs();
        return new Plant(kind, Level.MODEL, where(s, a.raw()), a.plain(), to.plain(), a.unit(), List.of(planted, diff),
                a.decimals(), List.of(), page(s), d -> replaceFigure(d, si, a, to), d -> replaceFigure(d, si, a, gross), si, null);
    }

    private static Plant points(Kind kind, int si, Statement s, Amount p, boolean share) {
        BigDecimal planted = Figures.points(p.value(), p.decimals(), 2, share);
        if (planted == null) {
            planted = Figures.lastDigit(p.value(), p.decimals());
        }
        Amount to = Figures.with(p, planted);
        BigDecimal g = Figures.points(p.value(), p.decimals(), 30, share);
        Amount gross = g == null ? null : Figures.with(p, g);
        BigDecimal diff = planted.subtract(p.value()).abs();
        UnaryOperator<Disclosure> probe = gross == null ? null : d -> replaceFigure(d, si, p, gross);
        return new Plant(kind, Level.MODEL, where(s, p.raw()), p.plain(), to.plain(), p.unit(), List.of(planted, diff),
                p.decimals(), List.of(), page(s), d -> replaceFigure(d, si, p, to), probe, si, null);
    }

    static final Map<String, String> ANTONYM = Map.of("增加", "减少", "减少", "增加", "增长", "下降", "下降", "增长",
            "上升", "下降", "降低", "增长", "提高", "降低");

    private static Plant direction(int si, Statement s, Claim change) {
        Direction flipped = change.direction() == Direction.UP ? Direction.DOWN : Direction.UP;
        String word = change.direction() == Direction.UP ? "减少" : "增加";
        UnaryOperator<Disclosure> apply = d -> {
            List<Statement> ss = new ArrayList<>(d.statements());
            Statement st = ss.get(si);
            List<Claim> cs = new ArrayList<>();
            for (Claim c : st.claims()) {
                boolean mine = c == change || (c.kind() == ClaimKind.DIRECTION && change.text().contains(c.text())
                        && c.direction() == change.direction());
                if (!mine) {
                    cs.add(c);
                    continue;
                }
                Map<String, String> attrs = new LinkedHashMap<>(c.attributes());
                if (attrs.containsKey("word")) {
                    attrs.put("word", ANTONYM.getOrDefault(attrs.get("word"), word));
                }
                cs.add(new Claim(c.kind(), c.text(), c.subject(), c.code(), c.figures(), flipped, c.year(), attrs, c.place()));
            }
            ss.set(si, new Statement(st.text(), st.section(), st.place(), cs));
            return new Disclosure(d.source(), d.document(), d.tables(), ss, d.problems());
        };
        return new Plant(Kind.K2_DIRECTION, Level.MODEL, where(s, change.text()), change.direction().name(), flipped.name(),
                null, List.of(), 0, List.of(word), page(s), apply, null, si, null);
    }

    /** Another year: the document's year ± 1 → the one after; the year before it → two years before. */
    static int otherYear(int year, Integer docYear) {
        if (docYear != null && year == docYear - 1) {
            return year - 1;
        }
        return year + 1;
    }

    private static Plant year(int si, Statement s, int year, Integer docYear) {
        int to = otherYear(year, docYear);
        UnaryOperator<Disclosure> apply = d -> {
            List<Statement> ss = new ArrayList<>(d.statements());
            Statement st = ss.get(si);
            List<Claim> cs = new ArrayList<>();
            for (Claim c : st.claims()) {
                cs.add(c.year() != null && c.year() == year
                        ? new Claim(c.kind(), c.text().replace(String.valueOf(year), String.valueOf(to)), c.subject(), c.code(),
                                c.figures(), c.direction(), to, c.attributes(), c.place())
                        : c);
            }
            ss.set(si, new Statement(st.text().replace(String.valueOf(year), String.valueOf(to)), st.section(), st.place(), cs));
            return new Disclosure(d.source(), d.document(), d.tables(), ss, d.problems());
        };
        return new Plant(Kind.K7_YEAR, Level.MODEL, where(s, year + "年"), String.valueOf(year), String.valueOf(to), null,
                List.of(), 0, List.of(to + "年", String.valueOf(to)), page(s), apply, null, si, null);
    }

    /** Leaf cells of the standard tables: 项 lines, economic lines with no line below them, 三公 items. */
    static List<Plant> cells(Disclosure d) {
        List<Plant> out = new ArrayList<>();
        for (int ti = 0; ti < d.tables().size(); ti++) {
            Table t = d.tables().get(ti);
            if (t.kind() == TableKind.GENERIC || t.kind().name().startsWith("BUDGET_PERFORMANCE")
                    || t.kind() == TableKind.PERFORMANCE_SELF_EVALUATION || t.withoutFigures()) {
                continue;
            }
            boolean threePublic = t.kind() == TableKind.FINAL_THREE_PUBLIC || t.kind() == TableKind.BUDGET_THREE_PUBLIC;
            for (int ri = 0; ri < t.rows().size(); ri++) {
                Row r = t.rows().get(ri);
                boolean leaf = r.code() != null && t.rows().stream().noneMatch(o -> o.code() != null && r.code().isParentOf(o.code()))
                        && (r.code().digits().length() >= 5);
                for (int ci = 0; ci < r.cells().size(); ci++) {
                    Cell c = r.cell(ci);
                    if (c == null || !c.hasAmount() || c.amount().value().signum() <= 0 || !c.amount().unit().isMonetary()) {
                        continue;
                    }
                    String key = ci < t.columns().size() ? t.columns().get(ci).key() : "";
                    boolean threePublicItem = threePublic && key.matches("(?:budget_|actual_)?(?:outbound|vehicle_purchase|vehicle_operation|reception)");
                    if (!(leaf && !threePublic) && !threePublicItem) {
                        continue;
                    }
                    out.add(cell(d, ti, ri, ci, key));
                }
            }
        }
        return out;
    }

    static Disclosure replaceCell(Disclosure d, int ti, int ri, int ci, Amount to) {
        List<Table> ts = new ArrayList<>(d.tables());
        Table t = ts.get(ti);
        List<Row> rows = new ArrayList<>(t.rows());
        Row r = rows.get(ri);
        List<Cell> cells = new ArrayList<>(r.cells());
        Cell c = cells.get(ci);
        cells.set(ci, new Cell(to.raw(), to, c.place(), false));
        rows.set(ri, new Row(r.side(), r.lineNo(), r.code(), r.label(), cells, r.place()));
        ts.set(ti, new Table(t.id(), t.kind(), t.number(), t.title(), t.unit(), t.pages(), t.columns(), rows, t.notes(),
                t.emptyNote(), t.place(), t.method()));
        return new Disclosure(d.source(), d.document(), ts, d.statements(), d.problems());
    }

    private static Plant cell(Disclosure d, int ti, int ri, int ci, String key) {
        Table t = d.tables().get(ti);
        Row r = t.rows().get(ri);
        Amount a = r.cell(ci).amount();
        BigDecimal planted = Figures.times(a.value(), a.decimals(), "1.1");
        Amount to = Figures.with(a, planted);
        Amount gross = Figures.with(a, Figures.times(a.value(), a.decimals(), "3"));
        String where = t.id() + " " + t.kind().name() + " r" + ri + " " + (r.code() != null ? r.code().digits() : r.label()) + " " + key;
        return new Plant(Kind.K5_CELL, Level.MODEL, where, a.plain(), to.plain(), a.unit(),
                List.of(planted, planted.subtract(a.value()).abs()), a.decimals(), List.of(),
                r.place().page(), x -> replaceCell(x, ti, ri, ci, to), x -> replaceCell(x, ti, ri, ci, gross), -1, null);
    }
}
