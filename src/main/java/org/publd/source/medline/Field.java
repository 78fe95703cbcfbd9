package org.publd.source.medline;

/**
 * One field of a MEDLINE record.
 *
 * @param tag   the tag without padding ({@code AU})
 * @param value the value, continuation lines joined by single spaces, stripped
 * @param line  1-based line of the input the field starts on
 */
record Field(String tag, String value, long line) {
}
