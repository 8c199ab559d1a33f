package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A year reference that contradicts the report's year: a 2023 决算 saying {@code 在2022年度部门决算中反映}.
 * Only references to a report of this document's own type are judged (决算 in a 决算, 预算 in a 预算): a
 * 决算 mentioning next year's 预算 is a plan, not a contradiction. A sentence that compares (与2022年度相比,
 * 比上年, 较, 同比) uses the other year as its base and is fine, and so is one that says the figure equals
 * the other year's (与2025年预算持平, 与2024年预算一致 — 上海 预算's 三公 paragraphs), speaks of earlier years
 * (上年, 以前年度, 结转) or of plans (计划, 将, 拟), and one that says an earlier year's report has nothing or
 * does not exist (新成立单位, 无2018年决算数). Government-level reports are not judged
 * ({@link Narrative#claims}): they discuss many years by nature. WARNING: the reader is sent to the wrong
 * year's report.
 */
@RuleMeta(id = "narrative.year", severity = Severity.WARNING, summary = "情况说明中提到的报告年度与本报告年度一致")
public final class YearReferenceRule implements Rule {
    static final String ID = "narrative.year";
    private static final Pattern COMPARISON = Pattern.compile("相比|相较|比上年|比\\s*[0-9]{4}|较\\s*[0-9]{4}|较上年|同比|对比|增减|增加|减少|增长|下降"
            + "|持平|一致|相同|相当|与\\s*[0-9]{4}|和\\s*[0-9]{4}|上年|以前年度|往年|历年|结转|计划|将|拟");

    @Override
    public Stream<Finding> check(Disclosure d) {
        Integer year = d.document().year();
        DocumentType type = d.document().type();
        if (year == null || type == DocumentType.UNKNOWN) {
            return Stream.empty();
        }
        return Narrative.claims(d, ClaimKind.YEAR_REFERENCE).map(s -> check(s, year, type)).flatMap(Optional::stream);
    }

    /**
     * An earlier year's report named to say it does not exist or holds nothing ({@code 我局为2019年新成立单位,
     * 无2018年决算数}): a legitimate mention of the previous year, not a copied year.
     */
    static boolean saysThereIsNone(String sentence, int referenced, int reportYear) {
        if (referenced >= reportYear) {
            return false;
        }
        String t = sentence.replaceAll("\\s", "");
        return Pattern.compile("(?:无|没有|未有|并无|也无|不存在|未编制|未发生)(?:" + referenced + ")年").matcher(t).find()
                || t.contains("新成立") || t.contains("新组建");
    }

    /** Whether this rule reports the year reference {@code c} of a sentence {@code text} in a report of {@code year}, {@code type}. */
    static boolean judges(String text, Claim c, int year, DocumentType type) {
        String ref = c.attributes().getOrDefault(ClaimAttribute.REFERENCE, "");
        return c.year() != null && c.year() != year && ref.contains(type.label())
                && !COMPARISON.matcher(text).find() && !saysThereIsNone(text, c.year(), year);
    }

    private static Optional<Finding> check(Narrative.Stated s, int year, DocumentType type) {
        Claim c = s.claim();
        String ref = c.attributes().getOrDefault(ClaimAttribute.REFERENCE, "");
        if (!judges(s.statement().text(), c, year, type)) {
            return Optional.empty();
        }
        String msg = "本报告为" + year + "年度" + type.label() + "，情况说明却称" + Narrative.quote(s.words())
                + "，所指" + c.year() + "年度" + ref + "与报告年度不符。";
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(FindingFigure.STATED, new Amount(BigDecimal.valueOf(c.year()), 0, Unit.NONE, String.valueOf(c.year())));
        fig.put("report", new Amount(BigDecimal.valueOf(year), 0, Unit.NONE, String.valueOf(year)));
        return Optional.of(new Finding(ID, Severity.WARNING, msg, fig, List.of(s.evidence())));
    }
}
