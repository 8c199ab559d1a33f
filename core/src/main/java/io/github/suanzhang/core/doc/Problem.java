package io.github.suanzhang.core.doc;

import java.util.Objects;

/**
 * Something in the input that could not be read or understood. Nothing is dropped silently: what the
 * extractor saw but could not use becomes a problem.
 *
 * @param kind    what went wrong
 * @param message a specific, readable explanation (Chinese or English), with the page where known
 * @param place   where, or {@link Place#UNKNOWN} for the whole input
 */
public record Problem(ProblemKind kind, String message, Place place) {
    /** Requires a kind and a message; a missing place is {@link Place#UNKNOWN}. */
    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        place = place == null ? Place.UNKNOWN : place;
    }

    /** A problem of the whole input, at no particular place. */
    public static Problem of(ProblemKind kind, String message) {
        return new Problem(kind, message, Place.UNKNOWN);
    }
}
