/**
 * Bytes → pages: one pass over a PDF ({@link io.github.suanzhang.extract.layout.PdfInput#scanAll}) gives each
 * page's glyphs with their boxes ({@link io.github.suanzhang.extract.layout.PageCollector}) and its ruling lines
 * ({@link io.github.suanzhang.extract.layout.RulingCollector}) as a {@link io.github.suanzhang.extract.layout.PageScan};
 * {@link io.github.suanzhang.extract.layout.PageClassifier} sorts the pages (text, no text layer, unreadable text,
 * blank). The budgets of {@link io.github.suanzhang.extract.ExtractOptions.Loading} guard memory.
 *
 * <p><b>Internal.</b> The public types here are public for the other packages of {@code extract} (and for the
 * benchmarks in {@code bench}), not as an API: they may change without notice. The API of this module is
 * {@link io.github.suanzhang.extract.DisclosureReader} and its readers, {@link io.github.suanzhang.extract.ExtractOptions}
 * and {@link io.github.suanzhang.extract.ReadException}.
 */
package io.github.suanzhang.extract.layout;
