package org.publd.link.mesh;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.publd.PubldException;

/**
 * Reads the MeSH vocabulary files the user supplies into one {@link MeshNames}: NLM's MeSH RDF
 * ({@code mesh.nt}, or any RDF syntax named by its extension) or NLM's MeSH XML
 * ({@code desc20XX.xml}, {@code qual20XX.xml}, {@code supp20XX.xml}), each optionally gzipped.
 *
 * <pre>
 * MeshNames names = MeshFiles.read(List.of(Path.of("desc2025.xml.gz"), Path.of("qual2025.xml")));
 * </pre>
 */
public final class MeshFiles {
    private static final int GZIP_MAGIC = 0x8b1f;

    private MeshFiles() {
    }

    public static MeshNames read(List<Path> files) {
        MeshNames.Builder names = MeshNames.builder();
        for (Path file : files) {
            read(file, names);
        }
        return names.build();
    }

    private static void read(Path file, MeshNames.Builder names) {
        String bare = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        try (InputStream in = open(file)) {
            if (bare.endsWith(".xml")) {
                MeshXmlReader.read(file.toString(), in, names);
            } else {
                MeshRdfReader.read(file.toString(), in, RDFLanguages.filenameToLang(bare, Lang.NTRIPLES), names);
            }
        } catch (NoSuchFileException e) {
            throw new PubldException(file + ": no such MeSH file");
        } catch (IOException e) {
            throw new PubldException(file + ": cannot read the MeSH file: " + e.getMessage(), e);
        }
    }

    // Gzip is recognised by its magic number, not the name: NLM's downloads are renamed often enough.
    private static InputStream open(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int magic = in.read() | (in.read() << 8);
        in.reset();
        return magic == GZIP_MAGIC ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }
}
