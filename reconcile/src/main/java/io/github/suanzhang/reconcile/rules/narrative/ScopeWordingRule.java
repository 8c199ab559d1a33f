package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * 单位 vs 部门 wording: a 单位决算 (or 单位预算) whose narrative calls itself a 部门决算 (部门预算). INFO.
 * The template's own 部门(单位) is not counted, nor a fixed term (部门预算经济分类, 部门预算改革).
 * Severity reviewed on the corpus (issue 15): 12 of 14 findings on real/ were such terms before they were
 * excluded; INFO kept. Department reports are not judged the other way: they
 * routinely mention their units' 单位决算.
 */
@RuleMeta(id = "narrative.scope", severity = Severity.INFO, summary = "单位决算的情况说明不称部门决算（单位/部门措辞）")
public final class ScopeWordingRule implements Rule {
    static final String ID = "narrative.scope";
    private static final Pattern TEMPLATE = Pattern.compile("部门\\s*[(（]\\s*单位\\s*[)）]");
    /**
     * 部门预算/部门决算 as part of a fixed term, not the report naming itself: the 部门预算支出经济分类 (the
     * classification's name, in 一般公共预算基本支出部门预算经济分类预算表) and the 部门预算改革/管理/制度 of policy.
     */
    private static final Pattern TERM = Pattern.compile("部门(预算|决算)(?=(?:支出)?经济分类|改革|管理|制度)");

    @Override
    public Stream<Finding> check(Disclosure d) {
        DocumentType type = d.document().type();
        if (d.document().scope() != Scope.UNIT || type == DocumentType.UNKNOWN) {
            return Stream.empty();
        }
        Pattern wrong = Pattern.compile("部门" + type.label());
        List<Finding> out = new ArrayList<>();
        for (Statement s : d.statements()) {
            String text = TERM.matcher(TEMPLATE.matcher(s.text()).replaceAll("单位")).replaceAll("口径$1");
            Matcher m = wrong.matcher(text);
            if (m.find()) {
                int from = m.start();
                while (from > 0 && ",，;；。:：".indexOf(text.charAt(from - 1)) < 0) {
                    from--;
                }
                int to = m.end();
                while (to < text.length() && ",，;；。:：".indexOf(text.charAt(to)) < 0) {
                    to++;
                }
                String msg = "本报告为单位" + type.label() + "，情况说明却写作" + Narrative.quote("部门" + type.label())
                        + "（" + Narrative.quote(text.substring(from, to)) + "），单位/部门措辞不一致。";
                out.add(new Finding(ID, Severity.INFO, msg, Map.of(), List.of(Evidence.at(s.place(), s.text()))));
            }
        }
        return out.stream();
    }
}
