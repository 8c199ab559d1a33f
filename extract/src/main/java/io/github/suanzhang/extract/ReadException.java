package io.github.suanzhang.extract;

import io.github.suanzhang.core.doc.ProblemKind;
import java.util.Objects;

/**
 * An input that could not be read at all: not a PDF, empty, encrypted with a user password, damaged
 * beyond repair, … The {@link #kind()} says which; the message says it so that a person understands
 * (Chinese or English), e.g. {@code HTML 页面（以 .pdf 命名），不是 PDF}.
 */
public class ReadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of problem made the input unreadable. */
    private final ProblemKind kind;

    /** A failure of this kind, with a message for a person. */
    public ReadException(ProblemKind kind, String message) {
        this(kind, message, null);
    }

    /** A failure of this kind, with a message for a person and the exception behind it. */
    public ReadException(ProblemKind kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** What kind of failure: {@code EMPTY_FILE}, {@code NOT_A_PDF}, {@code ENCRYPTED}, {@code DAMAGED_PDF} … */
    public ProblemKind kind() {
        return kind;
    }
}
