package org.publd.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This build of PubLD, as recorded in the provenance of every graph it writes. */
public final class Software {
    /** The version from the build, or {@code dev} when run from unpackaged classes without resources. */
    public static final String VERSION = readVersion();

    private Software() {
    }

    private static String readVersion() {
        try (InputStream in = Software.class.getResourceAsStream("/org/publd/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
