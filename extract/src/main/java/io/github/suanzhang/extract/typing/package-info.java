/**
 * The typing steps both readers share, the PDF path ({@code extract.table}) and the text-export path
 * ({@code extract.export}): the printed precision of a column ({@link ColumnPrecision}), which repairs a figure
 * the layout split ({@code 1, 553, 51} in a two-decimal column), and the running 类 and 款 that complete a
 * subject code printed without them ({@link RunningCode}).
 */
package io.github.suanzhang.extract.typing;
