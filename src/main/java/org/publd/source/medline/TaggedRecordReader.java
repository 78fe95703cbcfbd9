package org.publd.source.medline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits MEDLINE text into {@link TaggedRecord}s, one at a time: finds record boundaries, joins
 * continuation lines and notes lines that fit no rule, lines that are not UTF-8 in a UTF-8 file,
 * and a last record the input cuts off in the middle of a line.
 */
final class TaggedRecordReader {
    // The tag is left-justified in four columns; a few exporters drop the space after the dash.
    private static final Pattern TAG_LINE = Pattern.compile("([A-Z][A-Z0-9]{1,3}) {0,3}- ?(.*)");

    private final MedlineLines in;
    private long lineNumber;
    private String pushedBack;
    private long records;

    TaggedRecordReader(MedlineLines in) {
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
            boolean continuation = Character.isWhitespace(line.charAt(0));
            // PMC's export starts a record with 'PMC -' before its 'PMID-': a PMID line starts a record only when
            // the record has one already; blank lines separate records there.
            if (!continuation && (afterBlank || (m.matches() && m.group(1).equals("PMID") && hasPmid(fields, tag)))) {
                pushBack(line);
                break;
            }
            if (in.undecodable() != null) {
                problem = first(problem, lineNumber, in.undecodable());
            }
            if (continuation) {
                // A continuation, however indented and even after a blank line, still belongs to the field above.
                if (tag == null) {
                    problem = first(problem, lineNumber, "continuation line with no tag line before it");
                } else {
                    append(value, line);
                }
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
        TaggedRecord.Problem suspect = line == null && !in.lastLineTerminated() && !endsWithWholeSource(fields)
                ? new TaggedRecord.Problem(lineNumber, "the input ends in the middle of a line: the record may be"
                        + " cut short (a truncated download?)")
                : null;
        return new TaggedRecord(++records, first, fields, problem, suspect);
    }

    private static boolean hasPmid(List<Field> fields, String tag) {
        return "PMID".equals(tag) || fields.stream().anyMatch(f -> f.tag().equals("PMID"));
    }

    // PubMed writes the source citation (SO) last, ending with a full stop: a file that lacks only its
    // final line end (an editor's doing) is whole.
    private static boolean endsWithWholeSource(List<Field> fields) {
        Field last = fields.isEmpty() ? null : fields.get(fields.size() - 1);
        return last != null && last.tag().equals("SO") && last.value().endsWith(".");
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
