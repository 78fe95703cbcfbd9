package org.publd.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.publd.PubldException;
import org.publd.pipeline.FileMapper;

/**
 * The input files of a job, found on the driver: each {@code --input} is a file, a directory (its
 * files, those whose names start with {@code .} or {@code _} left out) or a Hadoop glob
 * ({@code hdfs://nn/pubmed/baseline/pubmed26n*.xml.gz}).
 */
final class InputListing {
    private InputListing() {
    }

    /**
     * The files {@code patterns} name, in the order of their names.
     *
     * @throws PubldException when a pattern matches nothing, or two files would write the same outputs
     */
    static List<InputFile> list(List<String> patterns, Configuration conf) {
        List<InputFile> files = new ArrayList<>();
        for (String pattern : patterns) {
            try {
                Path p = new Path(pattern);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matched = fs.globStatus(p);
                if (matched == null || matched.length == 0) {
                    throw new PubldException("no input matches " + pattern);
                }
                for (FileStatus st : matched) {
                    if (st.isDirectory()) {
                        for (FileStatus f : fs.listStatus(st.getPath(), InputListing::visible)) {
                            if (f.isFile()) {
                                files.add(new InputFile(f.getPath().toString(), f.getLen()));
                            }
                        }
                    } else {
                        files.add(new InputFile(st.getPath().toString(), st.getLen()));
                    }
                }
            } catch (IOException e) {
                throw new PubldException("cannot list the input " + pattern + ": " + e.getMessage(), e);
            }
        }
        files.sort(Comparator.comparing(InputFile::name).thenComparing(InputFile::path));
        return refuseSharedOutputs(files);
    }

    private static boolean visible(Path p) {
        return !p.getName().startsWith(".") && !p.getName().startsWith("_");
    }

    /** The files, each once; two different files whose outputs would have the same names are refused. */
    private static List<InputFile> refuseSharedOutputs(List<InputFile> files) {
        Map<String, InputFile> byStem = new HashMap<>();
        List<InputFile> once = new ArrayList<>();
        for (InputFile f : files) {
            InputFile other = byStem.putIfAbsent(FileMapper.stem(f.name()), f);
            if (other == null) {
                once.add(f);
            } else if (!other.path().equals(f.path())) {
                throw new PubldException("two inputs would write the same outputs: " + other.path() + " and " + f.path()
                        + "; map them into different output directories");
            }
        }
        return once;
    }
}
