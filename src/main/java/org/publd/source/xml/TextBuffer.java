package org.publd.source.xml;

import java.util.Arrays;

/**
 * Collects the text of one element, collapsing each run of XML whitespace to one space and dropping
 * leading and trailing whitespace as it goes, so that no second pass over the text is needed.
 * Reused for every element: one buffer per reader.
 *
 * <p>XML allows no character below U+0020 but tab, line feed and carriage return, so in parsed text
 * a character is XML whitespace exactly when it is {@code <= ' '}. A no-break or thin space is
 * content, not layout, and is kept.
 */
final class TextBuffer {
    // A plain array rather than a StringBuilder, which once given a non-Latin-1 character (a dash,
    // a quote) stays in its slower two-byte form for good.
    private char[] buffer = new char[1024];
    private int length;
    private boolean pendingSpace;

    void clear() {
        length = 0;
        pendingSpace = false;
    }

    void append(char[] chars, int start, int count) {
        ensureCapacity(count + 1);
        int from = start;
        int to = start + count;
        while (from < to && chars[from] <= ' ') {
            from++;
        }
        if (from == to) {
            pendingSpace |= count > 0 && length > 0;
            return;
        }
        while (chars[to - 1] <= ' ') {
            to--;
        }
        if ((pendingSpace || from > start) && length > 0) {
            buffer[length++] = ' ';
        }
        if (isNormal(chars, from, to - from)) {
            // The usual case: a run of text between two inline elements, copied in one go.
            System.arraycopy(chars, from, buffer, length, to - from);
            length += to - from;
        } else {
            collapse(chars, from, to);
        }
        pendingSpace = to < start + count;
    }

    /** Appends {@code chars[from, to)}, which neither starts nor ends with whitespace, collapsing runs within. */
    private void collapse(char[] chars, int from, int to) {
        char[] out = buffer;
        int n = length;
        boolean pending = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c <= ' ') {
                pending = true;
            } else {
                if (pending) {
                    out[n++] = ' ';
                    pending = false;
                }
                out[n++] = c;
            }
        }
        length = n;
    }

    /** Appends text already in normal form (see {@link #isNormal}). */
    void append(String normal) {
        int count = normal.length();
        ensureCapacity(count + 1);
        if (pendingSpace && count > 0) {
            buffer[length++] = ' ';
            pendingSpace = false;
        }
        normal.getChars(0, count, buffer, length);
        length += count;
    }

    boolean isEmpty() {
        return length == 0;
    }

    /** The text collected, or {@code null} when there is none. */
    String result() {
        return length == 0 ? null : new String(buffer, 0, length);
    }

    /**
     * Whether the text is already what {@link #append} would make of it: no whitespace at either end,
     * nothing but single spaces within. Most element texts are, and can become a string directly.
     */
    static boolean isNormal(char[] chars, int start, int count) {
        int end = start + count;
        if (count == 0 || chars[start] <= ' ' || chars[end - 1] <= ' ') {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            char c = chars[i];
            if (c <= ' ' && (c != ' ' || chars[i - 1] == ' ')) {
                return false;
            }
        }
        return true;
    }

    private void ensureCapacity(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    /** Whether the text has no content, only XML whitespace. */
    static boolean isBlank(char[] chars, int start, int count) {
        for (int i = start, end = start + count; i < end; i++) {
            if (chars[i] > ' ') {
                return false;
            }
        }
        return true;
    }
}
