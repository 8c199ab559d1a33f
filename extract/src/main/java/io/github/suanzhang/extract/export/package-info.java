/**
 * Text exports → tables and paragraphs: {@link io.github.suanzhang.extract.export.TextExportReader} decodes the
 * text (UTF-8 or GB18030), finds the table titles with the same classifier as the PDF path, types the tables from
 * their tab-separated lines with the typing steps both readers share ({@code extract.typing}) and hands the
 * paragraphs to the narrative reader.
 *
 * <p>{@link io.github.suanzhang.extract.export.TextExportReader} and {@link io.github.suanzhang.extract.export.Paragraph}
 * are its API (a reader with another narrative step); the rest is internal.
 */
package io.github.suanzhang.extract.export;
