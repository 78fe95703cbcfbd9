package org.publd.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.publd.link.mesh.MeshFiles;
import org.publd.link.mesh.MeshGraphLinker;
import org.publd.link.mesh.MeshResolver;
import org.publd.store.DatasetDump;
import org.publd.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code publd link mesh}: resolves the MeSH names stored without UIs (from MEDLINE text or page
 * text) with the user's MeSH files, and adds the MeSH IRIs to each record's graph.
 *
 * <pre>
 * publd link mesh --db DB --mesh mesh.nt.gz
 * </pre>
 */
@Command(name = "mesh", mixinStandardHelpOptions = true,
        description = {"Resolves MeSH headings, qualifiers, substances and publication types that records name without"
                + " MeSH UIs (MEDLINE text, page text) and adds their MeSH IRIs to each record's graph, as PubMed XML gives them.",
            "Names match case-insensitively, by MeSH's own name first, then by entry terms. Unknown and ambiguous"
                + " names are listed, never guessed. A rerun adds nothing new."})
final class LinkMeshCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Option(names = "--mesh", paramLabel = "FILE", required = true,
            description = "MeSH vocabulary: NLM's MeSH RDF (mesh.nt) or MeSH XML (desc20XX.xml, qual20XX.xml,"
                    + " supp20XX.xml), optionally gzipped; repeat for several files.")
    List<Path> meshFiles;

    @Override
    public Integer call() {
        Instant started = Instant.now();
        UnresolvedMeshNames unresolved = new UnresolvedMeshNames();
        MeshGraphLinker.Result result;
        // Opened first: a wrong --db is refused before the MeSH files are read.
        try (Tdb2Store store = Tdb2Store.open(db.dir)) {
            MeshResolver resolver = new MeshResolver(MeshFiles.read(meshFiles), unresolved);
            result = new MeshGraphLinker(resolver).link(store.dataset());
            DatasetDump.ofDatabase(db.dir).update(store);
        }
        unresolved.print("link mesh", System.err);
        System.err.println(SummaryLine.ofLinkMesh(result, unresolved.count(), Duration.between(started, Instant.now())));
        return ExitCodes.OK;
    }
}
