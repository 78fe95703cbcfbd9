package org.publd.server.ld;

import java.util.Locale;
import java.util.Optional;

/**
 * A request path checked and split into the resource it names and any file extension asking for one
 * representation ({@code /pubmed/1.ttl}). Paths are taken raw (still percent-encoded), the form in
 * which PubLD mints its IRIs, so {@code base + path} is the resource IRI.
 *
 * <p>Anything that could not be such an IRI is refused rather than looked up: dot segments, control
 * characters, encoded slashes, characters outside RFC 3986 paths, over-long paths.
 */
public record ResourcePath(String path, String extension) {
    /** Longer than any IRI the mapper mints (a funder slug is the longest part). */
    public static final int MAX_LENGTH = 1024;

    /** Why a path is refused, for the 4xx message. */
    public static final class Invalid extends RuntimeException {
        private final int status;

        Invalid(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /**
     * Checks a raw request path ({@code /pubmed/1.ttl}): its resource path is {@code pubmed/1.ttl} and,
     * since {@code ttl} is an extension of a representation, {@link #stripped()} is {@code pubmed/1}.
     *
     * @throws Invalid when the path cannot name a resource
     */
    public static ResourcePath parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.length() <= 1) {
            throw new Invalid(404, "Not found.");
        }
        if (rawPath.length() > MAX_LENGTH) {
            throw new Invalid(414, "Path too long: at most " + MAX_LENGTH + " characters.");
        }
        String path = rawPath.substring(1);
        StringBuilder normal = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                int v = i + 2 < path.length() ? hex(path.charAt(i + 1), path.charAt(i + 2)) : -1;
                if (v < 0) {
                    throw new Invalid(400, "Malformed percent-encoding in path.");
                }
                if (v < 0x20 || v == 0x7f || v == '/' || v == '\\') {
                    throw new Invalid(400, "Control characters and encoded slashes are not allowed in paths.");
                }
                normal.append('%').append(path.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                i += 2;
            } else if (allowed(c)) {
                normal.append(c);
            } else {
                throw new Invalid(400, "Character not allowed in path.");
            }
        }
        String p = normal.toString();
        for (String segment : p.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new Invalid(400, "Empty or dot segments are not allowed in paths.");
            }
        }
        int slash = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        String ext = dot > slash ? p.substring(dot + 1) : null;
        return new ResourcePath(p, ext != null && Representation.byExtension(ext).isPresent() ? ext : null);
    }

    /** The representation the extension asks for, if it names one. */
    public Optional<Representation> requested() {
        return extension == null ? Optional.empty() : Representation.byExtension(extension);
    }

    /** The path without its representation extension (the whole path when there is none). */
    public String stripped() {
        return extension == null ? path : path.substring(0, path.length() - extension.length() - 1);
    }

    // RFC 3986 pchar without '%' (handled above): unreserved, sub-delims, ':' and '@'; and '/' between segments.
    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }

    private static int hex(char a, char b) {
        int h = Character.digit(a, 16);
        int l = Character.digit(b, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
}
