package org.publd.source;

/** An input format: its name, how to recognise it, and its parser. */
public interface SourceFormat {
    /** The name users give with {@code --input-format} ({@code pubmed-xml}). */
    String name();

    /** Whether an input starting with these characters (BOM removed, at most a few KB) is in this format. */
    boolean recognises(String head);

    /** Opens a reader over the input; bad records go to {@code errors}. */
    RecordReader open(SourceInput input, ErrorHandler errors);
}
