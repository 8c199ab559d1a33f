/**
 * Pages → lattice grids: {@link io.github.suanzhang.extract.grid.LatticeGridFinder} joins a page's rulings into
 * a lattice of cells and puts each glyph in its cell, as lines of text with their boxes
 * ({@link io.github.suanzhang.extract.grid.Grid}, {@link io.github.suanzhang.extract.grid.GridCell}); a figure a narrow
 * cell wrapped onto two lines is joined ({@code WrappedFigures}).
 *
 * <p><b>Internal.</b> The public types here are public for the other packages of {@code extract} (and for the
 * benchmarks in {@code bench}), not as an API: they may change without notice. The API of this module is
 * {@link io.github.suanzhang.extract.DisclosureReader} and its readers, {@link io.github.suanzhang.extract.ExtractOptions}
 * and {@link io.github.suanzhang.extract.ReadException}.
 */
package io.github.suanzhang.extract.grid;
