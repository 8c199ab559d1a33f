/**
 * Document facts: {@link io.github.suanzhang.extract.recognize.DocumentRecognizer} decides the kind, type
 * (决算/预算), year, entity and scope (部门, 单位, 政府) from the cover, the titles and the tables, for both readers.
 *
 * <p><b>Internal.</b> The public types here are public for the other packages of {@code extract} (and for the
 * benchmarks in {@code bench}), not as an API: they may change without notice. The API of this module is
 * {@link io.github.suanzhang.extract.DisclosureReader} and its readers, {@link io.github.suanzhang.extract.ExtractOptions}
 * and {@link io.github.suanzhang.extract.ReadException}.
 */
package io.github.suanzhang.extract.recognize;
