package io.github.suanzhang.core.code;

/** The level of a subject code. */
public enum Level {
    /** 类 */
    CLASS("类"),
    /** 款 */
    SECTION("款"),
    /** 项 */
    ITEM("项");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The Chinese name of the level: 类, 款 or 项. */
    public String label() {
        return label;
    }
}
