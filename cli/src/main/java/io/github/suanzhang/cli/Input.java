package io.github.suanzhang.cli;

import java.nio.file.Path;

/**
 * One input file of a run.
 *
 * @param file     where to read it
 * @param display  its path as the user will recognise it: the INPUT as given, joined with the path below it
 * @param relative its path relative to its INPUT root ({@code /}-separated); its file name for a file INPUT
 * @param name     the safe, unique base name of its outputs ({@link OutputNames})
 */
public record Input(Path file, String display, String relative, String name) {
}
