package org.publd.bench;

import java.time.Duration;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.publd.mapping.IriScheme;
import org.publd.mapping.vocab.Prefixes;
import org.publd.server.html.ResourcePages;
import org.publd.server.read.LocalStore;
import org.publd.server.ld.DatasetDescriber;
import org.publd.server.ld.Representation;
import org.publd.store.Tdb2Store;

/**
 * Where the time of a cold Linked Data answer goes, without HTTP: for random records of a PubLD
 * database, one thread, it times describing the record and rendering the description in each
 * representation, and prints the mean microseconds of each step and the mean description size.
 *
 * <pre>
 * java -cp target/publd.jar:target/test-classes org.publd.bench.DescribeBenchmark DB BASE FIRST RECORDS [SAMPLES]
 * </pre>
 */
public final class DescribeBenchmark {
    private DescribeBenchmark() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        String base = args[1];
        long first = Long.parseLong(args[2]);
        int records = Integer.parseInt(args[3]);
        int samples = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard().getMapping())
                .setNsPrefix("pubmed", base + "pubmed/").lock();
        try (Tdb2Store store = Tdb2Store.open(db)) {
            DatasetDescriber describer = new DatasetDescriber(new LocalStore(store.dataset(), Duration.ofSeconds(30), 10_000), new IriScheme(base));
            ResourcePages pages = new ResourcePages(base, prefixes);
            SplittableRandom random = new SplittableRandom(1);
            run(describer, pages, prefixes, base, first, records, samples / 4, random);
            run(describer, pages, prefixes, base, first, records, samples, random);
        }
    }

    private static void run(DatasetDescriber describer, ResourcePages pages, PrefixMapping prefixes, String base,
                            long first, int records, int samples, SplittableRandom random) {
        long describeNanos = 0;
        long triples = 0;
        Map<Representation, Long> renderNanos = new EnumMap<>(Representation.class);
        for (int i = 0; i < samples; i++) {
            Node iri = NodeFactory.createURI(base + "pubmed/" + (first + random.nextInt(records)));
            long t0 = System.nanoTime();
            Optional<Graph> d = describer.describe(iri);
            describeNanos += System.nanoTime() - t0;
            Graph g = d.orElseThrow(() -> new IllegalStateException("no record " + iri));
            triples += g.size();
            g.getPrefixMapping().setNsPrefixes(prefixes);
            for (Representation r : Representation.values()) {
                long t1 = System.nanoTime();
                if (r == Representation.HTML) {
                    pages.render(iri, g, List.of());
                } else {
                    RDFWriter.source(g).format(r.format()).output(new ByteArrayOutputStream(8192));
                }
                renderNanos.merge(r, System.nanoTime() - t1, Long::sum);
            }
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%d records, %.0f triples each: describe %.0f us", samples, (double) triples / samples,
                describeNanos / 1e3 / samples));
        renderNanos.forEach((r, nanos) -> line.append(String.format(Locale.ROOT, ", %s %.0f us",
                r.extension(), nanos / 1e3 / samples)));
        System.out.println(line);
    }
}
