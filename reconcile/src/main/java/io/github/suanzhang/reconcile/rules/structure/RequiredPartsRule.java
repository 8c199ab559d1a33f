package io.github.suanzhang.reconcile.rules.structure;

import io.github.suanzhang.core.doc.DocumentKind;
import io.github.suanzhang.core.table.TableKind;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.OutlineEntry;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Applicability;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The parts the 部门/单位 预算 and 决算 templates require are present: 主要职能 (or 职责), the 收支 account,
 * 三公经费, 机关运行经费, 政府采购, 国有资产 (资产占用), 绩效, 名词解释. A part counts as present when its words
 * stand anywhere in the narrative (its sentences and the headings they stand under), the outline or the tables' titles and notes — the check is that the
 * part is there at all, not that it is under the right heading. WARNING, one finding listing the missing
 * parts; INFO when the reader reported pages it could not read (the part may be on them). A 部门 document
 * must also say which units it gathers ({@link #DEPARTMENT_PARTS}); a 单位 document is not asked.
 *
 * <p>Only 部门/单位 disclosures of a known type with a narrative of their own: a file of tables only (the
 * narrative published apart) has fewer than 20 sentences and no 职能 or 说明 heading, and is not judged.
 * Nor is one part of a disclosure published in two files (recognised as a tables or narrative part, or a
 * narrative without any standard table: its tables — 绩效目标表 among them — stand in the other file), whose
 * parts can only be judged together.
 */
@RuleMeta(id = "structure.parts", severity = Severity.WARNING, summary = "部门/单位预决算公开包含模板要求的各部分")
public final class RequiredPartsRule implements Rule {
    static final String ID = "structure.parts";
    static final int MIN_SENTENCES = 20;

    /** Each required part and the words any of which show it is there. */
    static final Map<String, Pattern> PARTS = parts();

    /**
     * The part only a 部门 document's template has: the units its budget or account gathers (部门预算单位构成,
     * 机构设置 / 机构编制: 本部门预算包括本级及所属N家单位). A 单位 document has no units of its own to list.
     */
    static final Map<String, Pattern> DEPARTMENT_PARTS = Map.of("部门（预算/决算）单位构成", Pattern.compile(
            "单位构成|所属单位|下属单位|基层单位|编制范围|单位包括|二级(?:预算)?单位|机构设置|机构编制|内设机构"
                    + "|(?:预算|决算)单位(?:共|有|\\d)"));

    private static Map<String, Pattern> parts() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        m.put("主要职能", Pattern.compile("职能|职责"));
        m.put("收支情况说明", Pattern.compile("收入.{0,6}(?:预算|决算)|(?:预算|决算).{0,6}收入|收支.{0,4}(?:总体|情况)"));
        m.put("“三公”经费", Pattern.compile("三公"));
        m.put("机关运行经费", Pattern.compile("机关运行经费|运行经费"));
        m.put("政府采购", Pattern.compile("政府采购"));
        m.put("国有资产占用", Pattern.compile("国有资产|资产占用|固定资产|车辆"));
        m.put("绩效", Pattern.compile("绩效"));
        m.put("名词解释", Pattern.compile("名词解释|名词解析|术语解释|名词说明|专业名词"));
        return m;
    }

    @Override
    public Stream<Finding> check(Disclosure d) {
        if (!Applicability.departmental(d) || d.document().type() == DocumentType.UNKNOWN) {
            return Stream.empty();
        }
        boolean onePart = d.document().kind() == DocumentKind.DISCLOSURE_TABLES
                || d.document().kind() == DocumentKind.DISCLOSURE_NARRATIVE
                || d.tables().stream().noneMatch(t -> t.kind() != TableKind.GENERIC);
        if (onePart) {
            return Stream.empty();
        }
        StringBuilder all = new StringBuilder();
        for (Statement s : d.statements()) {
            all.append(s.text()).append('\n');
            if (s.section() != null) {
                all.append(s.section()).append('\n'); // a text export's headings are sections, not sentences
            }
        }
        for (OutlineEntry e : d.outline()) {
            all.append(e.text()).append('\n');
        }
        for (Table t : d.tables()) {
            all.append(t.title() == null ? "" : t.title()).append('\n');
            t.notes().forEach(n -> all.append(n).append('\n'));
            if (t.emptyNote() != null) {
                all.append(t.emptyNote()).append('\n');
            }
        }
        String text = all.toString().replaceAll("[\\s\u3000]+", "");
        boolean narrative = d.statements().size() >= MIN_SENTENCES
                && (text.contains("职能") || text.contains("职责") || text.contains("说明"));
        if (!narrative) {
            return Stream.empty();
        }
        List<String> missing = new ArrayList<>();
        Map<String, Pattern> required = new LinkedHashMap<>(PARTS);
        if (d.document().scope() == Scope.DEPARTMENT) {
            required.putAll(DEPARTMENT_PARTS);
        }
        required.forEach((part, words) -> {
            if (!words.matcher(text).find()) {
                missing.add(part);
            }
        });
        if (missing.isEmpty()) {
            return Stream.empty();
        }
        boolean unread = d.problems().stream().map(Problem::kind).anyMatch(ContentsRule.UNREAD::contains);
        Severity sev = unread ? Severity.INFO : Severity.WARNING;
        String msg = d.document().scope().name().equals("UNIT") ? "单位" : "部门";
        msg = msg + d.document().type().label() + "公开模板要求的部分中，" + missing.size() + "项在全文中没有找到："
                + String.join("、", missing) + "。" + (unread ? "（文件中有未能读取的页，可能在其中。）" : "");
        Place first = d.statements().isEmpty() ? Place.UNKNOWN : d.statements().get(0).place();
        return Stream.of(new Finding(ID, sev, msg, Map.of(), List.of(Evidence.at(first, d.document().title() == null ? "" : d.document().title()))));
    }
}
