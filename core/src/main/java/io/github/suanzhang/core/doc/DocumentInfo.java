package io.github.suanzhang.core.doc;

import io.github.suanzhang.core.number.Unit;
import java.util.List;

/**
 * What a document is and what a disclosure is about, read from its content (cover, titles, headers,
 * table titles), never from its file name.
 *
 * @param entity     the body whose accounts these are, e.g. 上海市普陀区财政局; null when not found
 * @param year       the fiscal year the accounts cover (2023 for 2023年度单位决算); null when not found
 * @param type       budget or final accounts
 * @param scope      department, unit or government
 * @param unit       the unit most of its amounts are in (万元 in most 部门决算); null when mixed or unknown
 * @param title      the document's title as printed, e.g. 2023年度武汉市…单位决算公开 (at most 120 characters);
 *                   for a file that is not a disclosure, its first heading
 * @param kind       a disclosure, a part of one (tables only, narrative only), not a disclosure, or unknown
 * @param genre      for a part, which part ({@code 报表}, {@code 情况说明}); for a file that is not a disclosure,
 *                   what it is ({@code 通知}, {@code 网站年度报表}, …); else null
 * @param region     the province, city or district the entity belongs to (烟台市, 上海市普陀区); null when not read
 * @param confidence how sure the recognition is, 0 to 1: 0.95 when a title states type, scope and year; lower
 *                   when they come from table titles or headers only; null when nothing was recognised
 * @param evidence   the clues the fields were read from, with their places
 */
public record DocumentInfo(String entity, Integer year, DocumentType type, Scope scope, Unit unit, String title,
                           DocumentKind kind, String genre, String region, Double confidence, List<Clue> evidence) {
    /** The longest title kept; a longer "title" is cut here. */
    public static final int MAX_TITLE = 120;

    /** A missing type or scope is {@code UNKNOWN}; a missing kind is a disclosure when the type or the scope is known; an over-long title is cut. */
    public DocumentInfo {
        type = type == null ? DocumentType.UNKNOWN : type;
        scope = scope == null ? Scope.UNKNOWN : scope;
        if (kind == null) {
            kind = type != DocumentType.UNKNOWN || scope != Scope.UNKNOWN ? DocumentKind.DISCLOSURE : DocumentKind.UNKNOWN;
        }
        if (title != null && title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE - 1) + "…";
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Metadata without recognition details: the kind follows from type and scope (a disclosure when either is known). */
    public DocumentInfo(String entity, Integer year, DocumentType type, Scope scope, Unit unit, String title) {
        this(entity, year, type, scope, unit, title, null, null, null, null, List.of());
    }

    /** Nothing known about the document. */
    public static DocumentInfo unknown() {
        return new DocumentInfo(null, null, DocumentType.UNKNOWN, Scope.UNKNOWN, null, null);
    }
}
