package io.github.suanzhang.bench.mutate;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.number.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plants in the text: the narrative paragraphs are edited (one figure, word or year) and read again by the
 * claim reader. Candidates are found in the text itself, not among the claims read, so a figure the reader
 * never reads is a candidate too (and its miss is counted as "claim not read").
 */
final class TextPlants {
    private TextPlants() {
    }

    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?=\\s*(?:万\\s*元|亿\\s*元|千\\s*元|元))");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d+)(?:\\.(\\d+))?(?=\\s*%)");
    private static final Pattern DIRECTION = Pattern.compile("(增加|减少|增长|下降)(?=\\s*了?\\s*(\\d[\\d,]*(?:\\.\\d+)?))");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?=\\s*年)");
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?:增加|减少|增长|下降|上升|降低|增幅|降幅)(?:了|为)?$");
    private static final Pattern BREAKDOWN_MARK = Pattern.compile("其中|包括|主要用于");
    private static final Pattern COMPLETION_MARK = Pattern.compile("完成|执行率|完成率|预算的|预算数的");
    private static final Pattern THRESHOLD = Pattern.compile("^\\s*(?:万\\s*元|亿\\s*元|千\\s*元|元)\\s*(?:\\(含\\))?及?以[上下内]");
    private static final String CLAUSE_END = ",;:。!?";

    static Map<Kind, List<Plant>> candidates(Loaded doc) {
        Map<Kind, List<Plant>> out = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            out.put(k, new ArrayList<>());
        }
        Integer docYear = doc.disclosure().document().year();
        List<String> texts = doc.texts();
        for (int pi = 0; pi < texts.size(); pi++) {
            String t = texts.get(pi);
            Matcher m = AMOUNT.matcher(t);
            while (m.find()) {
                String raw = m.group();
                BigDecimal v = new BigDecimal(raw.replace(",", ""));
                if (v.signum() <= 0 || THRESHOLD.matcher(t.substring(m.end())).find()) {
                    continue; // 单价100万元以上: a threshold, not a figure of the accounts
                }
                int dec = m.group(2) == null ? 0 : m.group(2).length();
                Unit unit = unitAt(t, m.end());
                boolean grouped = raw.contains(",");
                int p = m.start();
                String clause = t.substring(clauseStart(t, p), p).replaceAll("\\s", "");
                String sentence = t.substring(Math.max(0, t.lastIndexOf('。', p - 1) + 1), p);
                if (CHANGE_BEFORE.matcher(clause).find()) {
                    out.get(Kind.K6_COMPLETION_CHANGE).add(edit(doc, Kind.K6_COMPLETION_CHANGE, pi, m.start(), m.end(), v, dec, unit,
                            Figures.times(v, dec, "1.1"), Figures.times(v, dec, "3"), grouped));
                } else if (BREAKDOWN_MARK.matcher(sentence).find()) {
                    out.get(Kind.K4_BREAKDOWN_ITEM).add(edit(doc, Kind.K4_BREAKDOWN_ITEM, pi, m.start(), m.end(), v, dec, unit,
                            Figures.times(v, dec, "1.1"), Figures.times(v, dec, "3"), grouped));
                } else {
                    out.get(Kind.K1_AMOUNT_X11).add(edit(doc, Kind.K1_AMOUNT_X11, pi, m.start(), m.end(), v, dec, unit,
                            Figures.times(v, dec, "1.1"), Figures.times(v, dec, "3"), grouped));
                    out.get(Kind.K1_AMOUNT_DIGIT).add(edit(doc, Kind.K1_AMOUNT_DIGIT, pi, m.start(), m.end(), v, dec, unit,
                            Figures.lastDigit(v, dec), Figures.times(v, dec, "3"), grouped));
                }
            }
            m = PERCENT.matcher(t);
            while (m.find()) {
                BigDecimal v = new BigDecimal(m.group());
                if (v.signum() <= 0) {
                    continue;
                }
                int dec = m.group(2) == null ? 0 : m.group(2).length();
                String clause = t.substring(clauseStart(t, m.start()), m.start()).replaceAll("\\s", "");
                Kind k;
                boolean share = false;
                if (clause.contains("占")) {
                    k = Kind.K3_SHARE;
                    share = true;
                } else if (CHANGE_BEFORE.matcher(clause).find()) {
                    k = Kind.K2_CHANGE_PERCENT;
                } else if (COMPLETION_MARK.matcher(clause).find()) {
                    k = Kind.K6_COMPLETION_CHANGE;
                } else {
                    continue;
                }
                BigDecimal planted = Figures.points(v, dec, 2, share);
                if (planted == null) {
                    continue;
                }
                BigDecimal gross = Figures.points(v, dec, 30, share);
                out.get(k).add(edit(doc, k, pi, m.start(), m.end(), v, dec, Unit.PERCENT, planted, gross, false));
            }
            m = DIRECTION.matcher(t);
            while (m.find()) {
                if (new BigDecimal(m.group(2).replace(",", "")).signum() == 0) {
                    continue; // 增加0万元: the word says nothing, a flip plants no discrepancy
                }
                String to = ModelPlants.ANTONYM.get(m.group(1));
                out.get(Kind.K2_DIRECTION).add(word(doc, Kind.K2_DIRECTION, pi, m.start(1), m.end(1), m.group(1), to, List.of(to)));
            }
            m = YEAR.matcher(t);
            while (m.find()) {
                int y = Integer.parseInt(m.group());
                if (docYear == null || Math.abs(y - docYear) > 2) {
                    continue;
                }
                String to = String.valueOf(ModelPlants.otherYear(y, docYear));
                out.get(Kind.K7_YEAR).add(word(doc, Kind.K7_YEAR, pi, m.start(), m.end(), m.group(), to, List.of(to + "年", to)));
            }
        }
        return out;
    }

    private static int clauseStart(String t, int p) {
        int s = 0;
        for (int i = p - 1; i >= 0; i--) {
            if (CLAUSE_END.indexOf(t.charAt(i)) >= 0) {
                s = i + 1;
                break;
            }
        }
        return s;
    }

    private static Unit unitAt(String t, int end) {
        t = t.substring(end).replaceAll("\\s", "");
        end = 0;
        if (t.startsWith("亿元", end)) {
            return Unit.HUNDRED_MILLION_YUAN;
        }
        if (t.startsWith("万元", end)) {
            return Unit.TEN_THOUSAND_YUAN;
        }
        if (t.startsWith("千元", end)) {
            return Unit.THOUSAND_YUAN;
        }
        return Unit.YUAN;
    }

    static List<String> replaced(List<String> texts, int pi, int start, int end, String with) {
        List<String> ts = new ArrayList<>(texts);
        String t = ts.get(pi);
        ts.set(pi, t.substring(0, start) + with + t.substring(end));
        return ts;
    }

    private static String snippet(String t, int start, String with) {
        String before = t.substring(Math.max(0, start - 6), start).replaceAll("\\s", "");
        return before + with;
    }

    private static String where(String t, int start, int end) {
        return "¶ “" + t.substring(Math.max(0, start - 12), Math.min(t.length(), end + 4)).replace("\n", "") + "”";
    }

    private static Plant edit(Loaded doc, Kind kind, int pi, int start, int end, BigDecimal v, int dec, Unit unit,
                              BigDecimal planted, BigDecimal gross, boolean grouped) {
        String t = doc.texts().get(pi);
        String to = Figures.format(planted, dec, grouped);
        UnaryOperator<Disclosure> apply = d -> doc.reread(replaced(doc.texts(), pi, start, end, to));
        UnaryOperator<Disclosure> probe = gross == null ? null
                : d -> doc.reread(replaced(doc.texts(), pi, start, end, Figures.format(gross, dec, grouped)));
        return new Plant(kind, Level.TEXT, where(t, start, end), t.substring(start, end), to, unit,
                List.of(planted, planted.subtract(v).abs()), dec, List.of(), 0, apply, probe, -1, snippet(t, start, to));
    }

    private static Plant word(Loaded doc, Kind kind, int pi, int start, int end, String from, String to, List<String> words) {
        String t = doc.texts().get(pi);
        UnaryOperator<Disclosure> apply = d -> doc.reread(replaced(doc.texts(), pi, start, end, to));
        return new Plant(kind, Level.TEXT, where(t, start, end), from, to, null, List.of(), 0, words, 0, apply, null, -1,
                snippet(t, start, to));
    }
}
