/**
 * The table of contents ({@link io.github.suanzhang.extract.outline.OutlineReader}) and the pages left blank
 * on purpose ({@link io.github.suanzhang.extract.outline.BlankPages}).
 *
 * <p><b>Internal.</b> The public types here are public for the other packages of {@code extract} (and for the
 * benchmarks in {@code bench}), not as an API: they may change without notice. The API of this module is
 * {@link io.github.suanzhang.extract.DisclosureReader} and its readers, {@link io.github.suanzhang.extract.ExtractOptions}
 * and {@link io.github.suanzhang.extract.ReadException}.
 */
package io.github.suanzhang.extract.outline;
