package io.github.suanzhang.core.doc;

/**
 * The names under which a {@link Claim} carries its other stated facts ({@link Claim#attributes()}): the
 * contract between the narrative reader that fills them and the rules that read them. The strings are part of
 * the JSON output (docs/schema.md); renaming one breaks it.
 */
public final class ClaimAttribute {
    /** what a share or a rate is of, as named (占 X 的, 完成 X 的) */
    public static final String OF = "of";
    /** the subject of the sentence or clause the claim stands in, where the claim's own subject is a part of it */
    public static final String CONTEXT = "context";
    /** what a change is compared with (比上年, 比预算) */
    public static final String BASE = "base";
    /** the measure the subject names (决算, 预算, 年初预算 …) */
    public static final String MEASURE = "measure";
    /** what a year reference refers to */
    public static final String REFERENCE = "reference";
    /** the role of a direction word or year: {@code comparison} or {@code reason} */
    public static final String ROLE = "role";
    /** the direction word as printed */
    public static final String WORD = "word";
    /** the unit of a count (个, 人, 辆 …) */
    public static final String UNIT = "unit";
    /** the stated name of the subject's 类 */
    public static final String CLASS = "类";
    /** the stated name of the subject's 款 */
    public static final String SECTION = "款";
    /** the stated name of the subject's 项 */
    public static final String ITEM = "项";

    private ClaimAttribute() {
    }
}
