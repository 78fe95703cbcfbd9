package org.publd.link.mesh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.publd.GzipInput;
import org.publd.PubldException;

/**
 * Reads the MeSH vocabulary files the user supplies into one {@link MeshNames}: NLM's MeSH RDF
 * ({@code mesh.nt}, or any RDF syntax named by its extension) or NLM's MeSH XML
 * ({@code desc20XX.xml}, {@code qual20XX.xml}, {@code supp20XX.xml}), each optionally gzipped
 * (told by content, {@link GzipInput}).
 *
 * <pre>
 * MeshNames names = MeshFiles.read(List.of(Path.of("desc2025.xml.gz"), Path.of("qual2025.xml")));
 * </pre>
 */
public final class MeshFiles {
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
        try (InputStream in = GzipInput.unwrap(Files.newInputStream(file), file.toString())) {
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

}
