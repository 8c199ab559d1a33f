package io.github.suanzhang.core.doc;

import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from one input: what it is, its tables, its narrative, and what could not be read.
 * Built by the extractor from a PDF or text export, or in code; audited by the reconciler.
 */
public record Disclosure(Source source, DocumentInfo document, List<Table> tables, List<Statement> statements,
                         List<Problem> problems) {
    public Disclosure {
        Objects.requireNonNull(source, "source");
        document = document == null ? DocumentInfo.unknown() : document;
        tables = List.copyOf(tables == null ? List.of() : tables);
        statements = List.copyOf(statements == null ? List.of() : statements);
        problems = List.copyOf(problems == null ? List.of() : problems);
    }

    /** The tables of one kind, in print order. */
    public List<Table> tables(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).toList();
    }

    /** The first table of one kind. */
    public Optional<Table> table(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst();
    }

    public Optional<Table> tableById(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
