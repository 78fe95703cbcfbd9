package org.publd.source.medline;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits MEDLINE text into {@link TaggedRecord}s, one at a time: finds record boundaries, joins
 * continuation lines and notes lines that fit no rule.
 */
final class TaggedRecordReader {
    // The tag is left-justified in four columns; a few exporters drop the space after the dash.
    private static final Pattern TAG_LINE = Pattern.compile("([A-Z][A-Z0-9]{1,3}) {0,3}- ?(.*)");

    private final BufferedReader in;
    private long lineNumber;
    private String pushedBack;
    private long records;

    TaggedRecordReader(BufferedReader in) {
        this.in = in;
    }

    static boolean isTagLine(String line) {
        return TAG_LINE.matcher(line.stripTrailing()).matches();
    }

    /** The next record, or {@code null} at the end of the input. */
    TaggedRecord next() throws IOException {
        String line = readLine();
        while (line != null && line.isBlank()) {
            line = readLine();
        }
        if (line == null) {
            return null;
        }
        long first = lineNumber;
        List<Field> fields = new ArrayList<>();
        TaggedRecord.Problem problem = null;
        String tag = null;
        StringBuilder value = new StringBuilder();
        long tagLine = 0;
        boolean afterBlank = false;
        for (; line != null; line = readLine()) {
            if (line.isBlank()) {
                afterBlank = true;
                continue;
            }
            Matcher m = TAG_LINE.matcher(line.stripTrailing());
            if (Character.isWhitespace(line.charAt(0))) {
                // A continuation, however indented and even after a blank line, still belongs to the field above.
                if (tag == null) {
                    problem = first(problem, lineNumber, "continuation line with no tag line before it");
                } else {
                    append(value, line);
                }
            } else if (afterBlank || (m.matches() && m.group(1).equals("PMID") && tag != null)) {
                pushBack(line);
                break;
            } else if (m.matches()) {
                if (tag != null) {
                    fields.add(new Field(tag, value.toString(), tagLine));
                }
                tag = m.group(1);
                tagLine = lineNumber;
                value.setLength(0);
                append(value, m.group(2));
            } else {
                problem = first(problem, lineNumber, "line '" + abbreviate(line)
                        + "' is neither 'TAG - value' nor an indented continuation (record cut short?)");
            }
            afterBlank = false;
        }
        if (tag != null) {
            fields.add(new Field(tag, value.toString(), tagLine));
        }
        return new TaggedRecord(++records, first, fields, problem);
    }

    /** How many lines have been read. */
    long lineNumber() {
        return lineNumber;
    }

    private static void append(StringBuilder value, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return;
        }
        if (!value.isEmpty()) {
            value.append(' ');
        }
        value.append(t);
    }

    private static TaggedRecord.Problem first(TaggedRecord.Problem existing, long line, String message) {
        return existing != null ? existing : new TaggedRecord.Problem(line, message);
    }

    private static String abbreviate(String line) {
        String t = line.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "...";
    }

    private String readLine() throws IOException {
        if (pushedBack != null) {
            String line = pushedBack;
            pushedBack = null;
            return line;
        }
        String line = in.readLine();
        if (line != null) {
            lineNumber++;
        }
        return line;
    }

    // The line starts the next record; it was already counted, so the count stays.
    private void pushBack(String line) {
        pushedBack = line;
    }
}
