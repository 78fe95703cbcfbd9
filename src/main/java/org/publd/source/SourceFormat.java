package org.publd.source;

import java.util.List;

/** An input format: its name, how to recognise it, and its parser. */
public interface SourceFormat {
    /** The name users give with {@code --input-format} ({@code pubmed-xml}). */
    String name();

    /** File extensions without the dot, lower case, ignoring a trailing {@code .gz}. */
    List<String> extensions();

    /** Whether an input starting with these characters (BOM removed, at most a few KB) is in this format. */
    boolean recognises(String head);

    /** Opens a reader over the input; bad records go to {@code errors}. */
    RecordReader open(SourceInput input, ErrorHandler errors);
}
