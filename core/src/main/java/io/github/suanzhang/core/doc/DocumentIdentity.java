package io.github.suanzhang.core.doc;

import java.util.Objects;

/**
 * What a batch needs to know of one document to link it to others: a few fields, never its tables. Built
 * from a {@link Source} and a {@link DocumentInfo}.
 *
 * @param file       the document's file as given (its name in the batch)
 * @param sha256     the sha256 of its bytes, or null
 * @param kind       a whole disclosure, a part of one, …
 * @param type       预算 or 决算
 * @param scope      部门, 单位 or 政府
 * @param year       the fiscal year, or null
 * @param name       the entity's name taken apart, or null when no entity was read
 * @param title      the title as printed, or null
 * @param confidence how sure the recognition was (0 to 1; 0 when not given)
 */
public record DocumentIdentity(String file, String sha256, DocumentKind kind, DocumentType type, Scope scope,
                               Integer year, EntityName name, String title, double confidence) {
    /** Requires a file name; a missing kind, type or scope is {@code UNKNOWN}. */
    public DocumentIdentity {
        Objects.requireNonNull(file, "file");
        kind = kind == null ? DocumentKind.UNKNOWN : kind;
        type = type == null ? DocumentType.UNKNOWN : type;
        scope = scope == null ? Scope.UNKNOWN : scope;
    }

    /** The identity of a read document: its file and hash, and what its {@code info} (may be null) says it is. */
    public static DocumentIdentity of(Source source, DocumentInfo info) {
        DocumentInfo d = info == null ? DocumentInfo.unknown() : info;
        return new DocumentIdentity(source.file(), source.sha256(), d.kind(), d.type(), d.scope(), d.year(),
                EntityName.parse(d.entity(), d.region()), d.title(), d.confidence() == null ? 0 : d.confidence());
    }

    /** The same identity with another sha256. */
    public DocumentIdentity withSha(String sha) {
        return new DocumentIdentity(file, sha, kind, type, scope, year, name, title, confidence);
    }

    /** Whether a batch can link it: a fiscal document of known type and year with a usable entity name. */
    public boolean linkable() {
        return kind.fiscal() && kind != DocumentKind.UNKNOWN && type != DocumentType.UNKNOWN && year != null
                && name != null && name.usable();
    }

    /** "2025年 预算 部门 普陀区/司法局" for messages and evidence. */
    public String describe() {
        return (year == null ? "?" : year) + "年" + type.label() + "(" + scope.label() + ") "
                + (name == null ? "?" : name.key());
    }
}
