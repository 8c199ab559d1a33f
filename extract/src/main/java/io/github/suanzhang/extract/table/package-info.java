/**
 * Grids and lines → located and typed tables, and the text between them:
 * {@link io.github.suanzhang.extract.table.TableLocator} finds the table titles, units and notes around the grids and
 * joins a table continued across pages ({@link io.github.suanzhang.extract.table.TableRegion});
 * {@link io.github.suanzhang.extract.table.TableTyper} types a region in small steps (the kind and its evidence,
 * the header bands, the columns and their keys, the body lines, the figures); {@link io.github.suanzhang.extract.table.Narrative}
 * gathers the paragraphs outside tables.
 *
 * <p>{@link io.github.suanzhang.extract.table.Narrative.Block} and {@link io.github.suanzhang.extract.table.Narrative#CLAIMS}
 * (or {@code Narrative.claims(options)}) are the narrative step a {@link io.github.suanzhang.extract.PdfDisclosureReader}
 * takes, and part of its API.
 *
 * <p><b>Internal.</b> The other public types here are public for the other packages of {@code extract} (and for the
 * benchmarks in {@code bench}), not as an API: they may change without notice. The API of this module is
 * {@link io.github.suanzhang.extract.DisclosureReader} and its readers, {@link io.github.suanzhang.extract.ExtractOptions}
 * and {@link io.github.suanzhang.extract.ReadException}.
 */
package io.github.suanzhang.extract.table;
