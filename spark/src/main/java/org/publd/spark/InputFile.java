package org.publd.spark;

import java.io.Serializable;

/**
 * One input file of a job, as the driver found it.
 *
 * @param path its full Hadoop path ({@code hdfs://...}, {@code s3a://...}, {@code file:/...})
 * @param size its length in bytes
 */
public record InputFile(String path, long size) implements Serializable {
    /** The file's name, without its directories: what provenance and the output are named after. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
