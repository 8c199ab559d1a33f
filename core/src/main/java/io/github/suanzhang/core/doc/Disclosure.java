package io.github.suanzhang.core.doc;

import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from one input: what it is, its tables, its narrative, what could not be read, and its
 * outline (numbered headings of the body and the printed table of contents, in reading order; empty when
 * not read). Built by the extractor from a PDF or text export, or in code; audited by the reconciler.
 */
public record Disclosure(Source source, DocumentInfo document, List<Table> tables, List<Statement> statements,
                         List<Problem> problems, List<OutlineEntry> outline) {
    /** Requires a source; a missing document info is {@link DocumentInfo#unknown()}, missing lists are empty; the lists are copied. */
    public Disclosure {
        Objects.requireNonNull(source, "source");
        document = document == null ? DocumentInfo.unknown() : document;
        tables = List.copyOf(tables == null ? List.of() : tables);
        statements = List.copyOf(statements == null ? List.of() : statements);
        problems = List.copyOf(problems == null ? List.of() : problems);
        outline = List.copyOf(outline == null ? List.of() : outline);
    }

    /** A disclosure without an outline (built in code, or by a reader that does not read one). */
    public Disclosure(Source source, DocumentInfo document, List<Table> tables, List<Statement> statements,
                      List<Problem> problems) {
        this(source, document, tables, statements, problems, List.of());
    }

    /** The same disclosure with other problems (the outline and everything else kept). */
    public Disclosure withProblems(List<Problem> others) {
        return new Disclosure(source, document, tables, statements, others, outline);
    }

    /** The same disclosure with another source (the outline and everything else kept). */
    public Disclosure withSource(Source other) {
        return new Disclosure(other, document, tables, statements, problems, outline);
    }

    /** The outline entries of one kind, in reading order. */
    public List<OutlineEntry> outline(OutlineEntry.Kind kind) {
        return outline.stream().filter(e -> e.kind() == kind).toList();
    }

    /** The tables of one kind, in print order. */
    public List<Table> tables(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).toList();
    }

    /** The first table of one kind. */
    public Optional<Table> table(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst();
    }

    /** The table with this {@link Table#id()}, if any. */
    public Optional<Table> tableById(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
