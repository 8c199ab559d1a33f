package io.github.suanzhang.reconcile.rules.text;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Unfinished or template text left in the narrative: a sentence that stops where its content should be
 * ({@code 主要原因是。}), the template's unchosen alternatives ({@code 增加（减少）}, {@code 增加/减少}),
 * placeholders ({@code XX万元}, {@code ××}, {@code 此处填写…}) and {@code （略）} standing for a figure. WARNING.
 * One finding per sentence (the first fault), the fault marked.
 */
@RuleMeta(id = "text.template", severity = Severity.WARNING, summary = "情况说明中没有遗留模板文字或未写完的句子")
public final class TemplateTextRule implements Rule {
    static final String ID = "text.template";

    /** What each pattern means, in the order they are tried. */
    private static final List<String> WHAT = List.of(
            "句子在应写原因处结束（未写完）",
            "模板中的增减选项未作选择",
            "模板占位符未替换",
            "模板填写提示未删除",
            "以“（略）”代替应填写的内容");

    private static final List<Pattern> PATTERNS = List.of(
            // 主要原因是。 原因为; 主要原因是: then nothing
            Pattern.compile("原因(?:是|为|主要是|主要为)\\s*(?:[:：]\\s*)?(?=[。;；])"),
            // 增加（减少） 增长(下降) 增加/减少 上升（下降） 减少（增加）
            Pattern.compile("(?:增加|增长|上升|提高|减少|下降|降低)\\s*(?:[(（]\\s*(?:增加|增长|上升|提高|减少|下降|降低)\\s*[)）]|[/／]\\s*(?:增加|增长|上升|提高|减少|下降|降低))"),
            // XX万元, ××%, XXXX年, xx个: two or more X/× not part of a Latin word
            Pattern.compile("(?<![A-Za-z×])(?:[XxＸｘ]{2,}|×{2,})(?![A-Za-z])"),
            // 此处填写…, 请填写, 填写说明:
            Pattern.compile("此处(?:填写|填报|录入|输入|说明)|请(?:在此)?(?:填写|填报|据实填写)|(?:单位|部门)名称[)）]"),
            // (略) where a figure or text belongs: after 为/是/: or a unit word
            Pattern.compile("(?<=[为是:：])\\s*[(（]\\s*略\\s*[)）]"));

    @Override
    public Stream<Finding> check(Disclosure d) {
        List<Finding> out = new ArrayList<>();
        for (Statement s : d.statements()) {
            String t = s.text();
            for (int i = 0; i < PATTERNS.size(); i++) {
                Matcher m = PATTERNS.get(i).matcher(t);
                if (m.find()) {
                    // an unfinished sentence: the reason word and the stop that follows it are marked
                    int to = i == 0 ? Math.min(t.length(), m.end() + 1) : m.end();
                    out.add(Marked.finding(ID, Severity.WARNING, WHAT.get(i), s, m.start(), to));
                    break;
                }
            }
        }
        return out.stream();
    }
}
