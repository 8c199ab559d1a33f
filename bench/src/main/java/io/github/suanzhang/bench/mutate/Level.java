package io.github.suanzhang.bench.mutate;

/** Where a discrepancy is planted. */
public enum Level {
    /** in the model: a claim's figure or a table cell of the {@code Disclosure} read once */
    MODEL,
    /** in the text: the narrative text is edited and read again by the claim reader */
    TEXT
}
