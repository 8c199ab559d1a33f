package io.github.suanzhang.spark;

import java.io.Serializable;

/**
 * One input as listed by the {@code binaryFile} source (only these three columns; its bytes are not read
 * on the driver).
 *
 * @param path             the fully qualified path ({@code s3a://…}, {@code hdfs://…}, {@code file:/…})
 * @param length           bytes
 * @param modificationTime milliseconds since the epoch
 */
public record InputFile(String path, long length, long modificationTime) implements Serializable {
    /** The file name: the part after the last {@code /}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
