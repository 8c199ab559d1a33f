package io.github.suanzhang.core.doc;

/**
 * The keys under which a {@link Finding} carries the figures it compared ({@link Finding#figures()}): the
 * contract between the rules that fill them and the outputs that show them. The strings are part of the JSON
 * output (docs/schema.md); renaming one breaks it. A rule may also carry a claim's figures under their
 * {@link FigureRole}, or figures of its own under other keys.
 */
public final class FindingFigure {
    /** the figure as the document states it (the narrative's figure, a printed total, a printed rate) */
    public static final String STATED = "stated";
    /** the figure it is compared with, as a table prints it */
    public static final String TABLE = "table";
    /** the figure computed from others (a sum, a share, a change, a rate) */
    public static final String COMPUTED = "computed";
    /** the stated figure less the table's or the computed one */
    public static final String DIFFERENCE = "difference";

    private FindingFigure() {
    }
}
