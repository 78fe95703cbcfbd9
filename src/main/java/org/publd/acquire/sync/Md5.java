package org.publd.acquire.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publd.PubldException;

/** The MD5 checksums NLM publishes beside each file, one line {@code MD5(NAME)= <32 hex>}, and the MD5 of a file. */
final class Md5 {
    private static final Pattern LINE = Pattern.compile("\\s*MD5\\s*\\((.+)\\)\\s*=\\s*([0-9a-fA-F]{32})\\s*");

    private Md5() {
    }

    /** The checksum that {@code text}, the content of {@code name}'s {@code .md5} file, gives, in lower case. */
    static String parse(String text, String name) {
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            throw new PubldException(name + ".md5: not an MD5 line ('MD5(" + name + ")= <32 hex digits>'): "
                    + abbreviate(text.strip()));
        }
        if (!m.group(1).equals(name)) {
            throw new PubldException(name + ".md5: gives the checksum of " + m.group(1) + ", not of " + name);
        }
        return m.group(2).toLowerCase(Locale.ROOT);
    }

    /** The MD5 of the file's bytes, in lower-case hex. */
    static String of(Path file) {
        MessageDigest md5 = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                md5.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new PubldException(file + ": cannot read: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
