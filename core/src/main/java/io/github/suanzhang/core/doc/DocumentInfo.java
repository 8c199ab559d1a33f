package io.github.suanzhang.core.doc;

import io.github.suanzhang.core.number.Unit;

/**
 * What a disclosure is about.
 *
 * @param entity the body whose accounts these are, e.g. 上海市普陀区财政局; null when not found
 * @param year   the fiscal year the accounts cover (2023 for 2023年度单位决算); null when not found
 * @param type   budget or final accounts
 * @param scope  department, unit or government
 * @param unit   the unit most of its amounts are in (万元 in most 部门决算); null when mixed or unknown
 * @param title  the document's title as printed, e.g. 2023年度武汉市…单位决算公开
 */
public record DocumentInfo(String entity, Integer year, DocumentType type, Scope scope, Unit unit, String title) {
    public DocumentInfo {
        type = type == null ? DocumentType.UNKNOWN : type;
        scope = scope == null ? Scope.UNKNOWN : scope;
    }

    public static DocumentInfo unknown() {
        return new DocumentInfo(null, null, DocumentType.UNKNOWN, Scope.UNKNOWN, null, null);
    }
}
