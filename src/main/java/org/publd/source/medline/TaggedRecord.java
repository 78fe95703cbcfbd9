package org.publd.source.medline;

import java.util.List;

/**
 * A MEDLINE record as tagged fields, before they are interpreted.
 *
 * @param number    1-based number of the record in the input
 * @param firstLine the line the record starts on
 * @param fields    the fields in input order
 * @param problem   why the record cannot be read, or {@code null}
 * @param suspect   why the record, though readable, may be incomplete, or {@code null}
 */
record TaggedRecord(long number, long firstLine, List<Field> fields, Problem problem, Problem suspect) {
    TaggedRecord {
        fields = List.copyOf(fields);
    }

    /** The value of the first {@code PMID} field, or {@code null}. */
    String pmid() {
        return fields.stream().filter(f -> f.tag().equals("PMID")).map(Field::value).findFirst().orElse(null);
    }

    /** A line that makes the record unreadable, and what is wrong with it. */
    record Problem(long line, String message) {
    }
}
