package io.github.suanzhang.core.doc;

/** The direction a comparison states. */
public enum Direction {
    /** 增加 / 增长 / 上升 / 大于 / 高于 */
    UP,
    /** 减少 / 下降 / 降低 / 小于 / 低于 */
    DOWN,
    /** 持平 / 相同 / 一致 */
    FLAT
}
