package io.github.suanzhang.core.table;

/** Placeholder; replaced by the surveyed catalogue. */
public enum TableKind {
    GENERIC;
}
