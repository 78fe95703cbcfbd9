package org.publd.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.Provenance;
import org.publd.mapping.RecordMapper;
import org.publd.record.AbstractText;
import org.publd.record.Article;
import org.publd.record.Contributor;
import org.publd.record.Journal;
import org.publd.record.MeshHeading;
import org.publd.record.PubDate;
import org.publd.record.Relation;
import org.publd.record.RelationType;
import org.publd.record.Term;
import org.publd.record.WorkKind;

/**
 * Writes N synthetic records, mapped by the real mapper, as gzipped N-Quads: benchmark data until the
 * PubMed parser is merged. Shaped like PubMed records: 6 authors, 10 MeSH terms from 2,000, journals
 * from 3,000, 25 references to earlier records, an abstract of about 1,500 characters.
 *
 * <pre>
 * java -cp ... org.publd.bench.SyntheticRecords 100000 http://localhost:3030/ bench/work/data.nq.gz
 * </pre>
 */
public final class SyntheticRecords {
    private SyntheticRecords() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        String base = args[1];
        Path out = Path.of(args[2]);
        RecordMapper mapper = new RecordMapper(new MappingOptions(base, true));
        Provenance provenance = new Provenance("urn:x-publd:synthetic", Instant.parse("2026-01-01T00:00:00Z"));
        Random random = new Random(42);
        String words = "cell protein gene expression mitochondria tumour patient cohort receptor signalling pathway "
                + "inhibitor trial outcome mortality genome sequencing variant association risk model";
        String[] vocab = words.split(" ");
        try (OutputStream os = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16), 1 << 16)) {
            StreamRDF sink = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            sink.start();
            for (int i = 1; i <= n; i++) {
                mapper.map(record(i, random, vocab), provenance).quads().forEach(sink::quad);
            }
            sink.finish();
        }
    }

    private static Article record(int pmid, Random random, String[] vocab) {
        Article.Builder b = Article.builder().pmid(Integer.toString(pmid))
                .title(sentence(random, vocab, 12)).doi("10.5555/synthetic." + pmid)
                .addAbstract(new AbstractText("eng", List.of(new AbstractText.Section(null, sentence(random, vocab, 200)))))
                .addLanguage("eng").issued(PubDate.of(1990 + random.nextInt(35), 1 + random.nextInt(12)))
                .volume(Integer.toString(1 + random.nextInt(300))).pages((100 + pmid % 800) + "-" + (110 + pmid % 800));
        int journal = random.nextInt(3000);
        b.journal(new Journal("Journal of " + vocab[journal % vocab.length] + " " + journal, "J " + journal, null,
                null, null, null, "J" + journal, "US"));
        for (int a = 0; a < 6; a++) {
            b.addAuthor(Contributor.person("Family" + random.nextInt(50_000), "Given" + random.nextInt(5_000), null, null, null,
                    List.of("Institute " + random.nextInt(1000))));
        }
        for (int m = 0; m < 10; m++) {
            int ui = random.nextInt(2000);
            b.addMeshHeading(new MeshHeading(new Term(String.format("D%06d", ui), "Term " + ui), m == 0, List.of()));
        }
        for (int r = 0; r < 25 && pmid > 1; r++) {
            String cited = Integer.toString(1 + random.nextInt(pmid - 1));
            b.addRelation(new Relation(RelationType.CITES, Article.builder().kind(WorkKind.LISTED_WORK).pmid(cited).build()));
        }
        return b.build();
    }

    private static String sentence(Random random, String[] vocab, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : " ").append(vocab[random.nextInt(vocab.length)]);
        }
        return sb.toString();
    }
}
