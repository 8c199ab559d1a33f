package io.github.suanzhang.core.doc;

import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

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
 * @param tables     what it carries of the tables: the kinds of the standard tables of figures read from it (收支总表 …
 *                   三公 table; not the 绩效 tables, which narratives carry too); empty when it carries none; null
 *                   when not known (an identity built from the recognition alone)
 * @param claims     what it carries of the narrative: how many claims were read from its sentences; −1 when not
 *                   known
 */
public record DocumentIdentity(String file, String sha256, DocumentKind kind, DocumentType type, Scope scope,
                               Integer year, EntityName name, String title, double confidence, Set<TableKind> tables,
                               int claims) {
    /** Requires a file name; a missing kind, type or scope is {@code UNKNOWN}. */
    public DocumentIdentity {
        Objects.requireNonNull(file, "file");
        kind = kind == null ? DocumentKind.UNKNOWN : kind;
        type = type == null ? DocumentType.UNKNOWN : type;
        scope = scope == null ? Scope.UNKNOWN : scope;
        tables = tables == null ? null : Set.copyOf(tables);
        claims = Math.max(claims, -1);
    }

    /** An identity from the recognition alone: what the document carries is not known. */
    public DocumentIdentity(String file, String sha256, DocumentKind kind, DocumentType type, Scope scope,
                            Integer year, EntityName name, String title, double confidence) {
        this(file, sha256, kind, type, scope, year, name, title, confidence, null, -1);
    }

    /** The identity of a recognition alone (what the document carries not known). */
    public static DocumentIdentity of(Source source, DocumentInfo info) {
        DocumentInfo d = info == null ? DocumentInfo.unknown() : info;
        return new DocumentIdentity(source.file(), source.sha256(), d.kind(), d.type(), d.scope(), d.year(),
                EntityName.parse(d.entity(), d.region()), d.title(), d.confidence() == null ? 0 : d.confidence());
    }

    /**
     * The identity of a read document, with what it carries: the kinds of its standard tables of figures
     * ({@link TableKind#GENERIC} and the 绩效 tables not counted) and the number of claims read from its narrative.
     */
    public static DocumentIdentity of(Disclosure d) {
        DocumentIdentity id = of(d.source(), d.document());
        Set<TableKind> kinds = EnumSet.noneOf(TableKind.class);
        for (Table t : d.tables()) {
            if (t.kind() != null && t.kind().isStandardFigures()) {
                kinds.add(t.kind());
            }
        }
        int claims = d.statements().stream().mapToInt(s -> s.claims().size()).sum();
        return id.carrying(kinds, claims);
    }

    /** The same identity with what the document carries. */
    public DocumentIdentity carrying(Set<TableKind> tableKinds, int claimCount) {
        return new DocumentIdentity(file, sha256, kind, type, scope, year, name, title, confidence, tableKinds, claimCount);
    }

    /** The same identity with another sha256. */
    public DocumentIdentity withSha(String sha) {
        return new DocumentIdentity(file, sha, kind, type, scope, year, name, title, confidence, tables, claims);
    }

    /**
     * Whether it carries tables of figures: its standard tables when known, else its kind (a whole disclosure or
     * a tables file). A file the recognizer took for the narrative alone carries none.
     */
    public boolean carriesTables() {
        if (kind == DocumentKind.DISCLOSURE_NARRATIVE) {
            return false;
        }
        return tables == null ? kind == DocumentKind.DISCLOSURE || kind == DocumentKind.DISCLOSURE_TABLES : !tables.isEmpty();
    }

    /**
     * Whether it carries a narrative: claims read from its sentences when known, else its kind (a whole
     * disclosure or a narrative file). A file the recognizer took for the tables alone carries none.
     */
    public boolean carriesNarrative() {
        if (kind == DocumentKind.DISCLOSURE_TABLES) {
            return false;
        }
        return claims < 0 ? kind == DocumentKind.DISCLOSURE || kind == DocumentKind.DISCLOSURE_NARRATIVE : claims > 0;
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
