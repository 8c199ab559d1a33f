/**
 * The typing steps both readers share, the PDF path ({@code extract.table}) and the text-export path
 * ({@code extract.export}): the printed precision of a column ({@link ColumnPrecision}), which repairs a figure
 * the layout split ({@code 1, 553, 51} in a two-decimal column); the assembly of a subject code from what is
 * printed of it ({@link SubjectCodes}), completed from the running 类 and 款 ({@link RunningCode}); and which of a
 * kind's columns hold figures and what keys printed amount columns get ({@link AmountColumns}).
 *
 * <p><b>Internal.</b> Public for the two readers' packages, not as an API: it may change without notice.
 */
package io.github.suanzhang.extract.typing;
