package io.github.suanzhang.extract;

import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Place;
import java.util.Objects;

/**
 * An input could not be read, with the {@link ProblemKind} that says why and, where known, the page.
 * Every failure of PDFBox or of our geometry is wrapped in one of these, so a batch can record it as a
 * {@link Problem} and go on.
 */
public final class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of problem the failure is. */
    private final ProblemKind kind;
    /** 1-based page, or 0 for the whole input. */
    private final int page;

    /** A failure of the whole input. */
    public ExtractionException(ProblemKind kind, String message) {
        this(kind, 0, message, null);
    }

    /** A failure of the whole input, caused by {@code cause}. */
    public ExtractionException(ProblemKind kind, String message, Throwable cause) {
        this(kind, 0, message, cause);
    }

    /**
     * @param page 1-based page the failure happened on, or 0 for the whole input
     */
    public ExtractionException(ProblemKind kind, int page, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.page = page;
    }

    /** What kind of problem the failure is. */
    public ProblemKind kind() {
        return kind;
    }

    /** 1-based page, or 0 when the failure concerns the whole input. */
    public int page() {
        return page;
    }

    /** The failure as a problem for the disclosure's {@code problems} list. */
    public Problem toProblem() {
        return new Problem(kind, getMessage(), page > 0 ? Place.onPage(page, null) : Place.UNKNOWN);
    }
}
