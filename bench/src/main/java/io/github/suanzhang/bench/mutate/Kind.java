package io.github.suanzhang.bench.mutate;

/** The kinds of planted discrepancy (issue 14), numbered as there. */
public enum Kind {
    /** 1a: a narrative amount ×1.1 */
    K1_AMOUNT_X11("1a", "narrative amount ×1.1"),
    /** 1b: a narrative amount +1 in its last printed digit */
    K1_AMOUNT_DIGIT("1b", "narrative amount +1 last digit"),
    /** 2a: a change percentage (增长/下降 x%) +2 points */
    K2_CHANGE_PERCENT("2a", "change percentage +2 points"),
    /** 2b: a direction word flipped (增加 ↔ 减少, 增长 ↔ 下降) */
    K2_DIRECTION("2b", "direction word flipped"),
    /** 3: a share percentage (占 x%) +2 points */
    K3_SHARE("3", "share percentage +2 points"),
    /** 4: an item of a 其中/包括/主要用于 breakdown ×1.1 */
    K4_BREAKDOWN_ITEM("4", "breakdown item ×1.1"),
    /** 5: a table leaf cell ×1.1 (项 line, economic line, 三公 line) */
    K5_CELL("5", "table leaf cell ×1.1"),
    /** 6: a 决算 completion rate +2 points, or a change amount (增减额) ×1.1 */
    K6_COMPLETION_CHANGE("6", "completion rate +2 / change amount ×1.1"),
    /** 7: a year in the narrative changed to another year */
    K7_YEAR("7", "year changed");

    private final String number;
    private final String label;

    Kind(String number, String label) {
        this.number = number;
        this.label = label;
    }

    public String number() {
        return number;
    }

    public String label() {
        return label;
    }
}
