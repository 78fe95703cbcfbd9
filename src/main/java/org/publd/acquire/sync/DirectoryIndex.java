package org.publd.acquire.sync;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HTML index a web server gives for a folder (Apache's, as NCBI serves its FTP site over
 * HTTPS): the files it links to ({@code <a href="NAME">}) and, where the listing shows one, each
 * one's size, exact ({@code 19327421}) or rounded ({@code 19M}, read as mebibytes).
 */
final class DirectoryIndex {
    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*?href\\s*=\\s*[\"']([^\"'?#]+)[\"'][^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)([KMGT]?)(?:i?B)?");

    private DirectoryIndex() {
    }

    /** The names of the files the index links to, in its order, each with its size (-1 when the index shows none). */
    static Map<String, Long> files(String html) {
        Map<String, Long> files = new LinkedHashMap<>();
        Matcher m = LINK.matcher(html);
        boolean found = m.find();
        while (found) {
            String href = m.group(1);
            int end = m.end();
            found = m.find();
            String row = html.substring(end, found ? m.start() : html.length());
            String name = URLDecoder.decode(href.substring(href.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
            if (!name.isEmpty() && !href.endsWith("/")) {
                files.putIfAbsent(name, size(row));
            }
        }
        return files;
    }

    // The last word of the link's line, after its text: Apache puts the size there, after the date.
    private static long size(String row) {
        int close = row.toLowerCase(Locale.ROOT).indexOf("</a>");
        if (close < 0) {
            return -1;
        }
        int lineEnd = row.indexOf('\n', close);
        String rest = TAG.matcher(row.substring(close, lineEnd < 0 ? row.length() : lineEnd)).replaceAll(" ").strip();
        if (rest.isEmpty()) {
            return -1;
        }
        String[] words = rest.split("\\s+");
        Matcher m = SIZE.matcher(words[words.length - 1]);
        if (!m.matches()) {
            return -1;
        }
        double n = Double.parseDouble(m.group(1));
        int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            default -> 0;
        };
        return (long) (n * (1L << shift));
    }
}
