package org.publd.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publd.record.Article;
import org.publd.record.Contributor;
import org.publd.record.DeletedCitations;
import org.publd.record.Item;
import org.publd.record.Journal;
import org.publd.record.MeshHeading;
import org.publd.record.PubDate;
import org.publd.record.Relation;
import org.publd.record.RelationType;
import org.publd.record.Term;
import org.publd.record.WorkKind;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceFormat;
import org.publd.source.SourceInput;
import org.publd.source.SourceParseException;

/**
 * A test-only input format standing in for PubMed XML, one item a line after a {@code #publd-lines} header:
 * <pre>
 * article 100 v=2 t=Some_title cites=200,300 doi=10.1/x pmc=PMC1 orcid=0000-0001-2345-6789 authors=3 mesh=D001,D002 year=2020 rev=2021-02-03
 * delete 100 200
 * bad anything      (a record that cannot be read)
 * </pre>
 */
public final class LineRecords implements SourceFormat {
    public static final String HEADER = "#publd-lines";

    @Override
    public String name() {
        return "publd-lines";
    }

    @Override
    public boolean recognises(String head) {
        return head.startsWith(HEADER);
    }

    @Override
    public RecordReader open(SourceInput input, ErrorHandler errors) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(input.stream(), StandardCharsets.UTF_8));
        return new RecordReader() {
            private long lineNo;
            private long recordNo;

            @Override
            public Item next() {
                try {
                    for (String line; (line = reader.readLine()) != null; ) {
                        lineNo++;
                        if (line.isBlank() || line.startsWith("#")) {
                            continue;
                        }
                        recordNo++;
                        String[] words = line.trim().split("\\s+");
                        switch (words[0]) {
                            case "article" -> {
                                return article(words);
                            }
                            case "delete" -> {
                                return new DeletedCitations(Arrays.asList(words).subList(1, words.length));
                            }
                            default -> errors.recordError(new SourceParseException(input.name(), recordNo, null, lineNo,
                                    "unreadable line: " + line));
                        }
                    }
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                input.close();
            }
        };
    }

    private static Article article(String[] words) {
        Map<String, String> f = new HashMap<>();
        for (int i = 2; i < words.length; i++) {
            String[] kv = words[i].split("=", 2);
            f.put(kv[0], kv[1]);
        }
        String pmid = words[1];
        Article.Builder b = Article.builder().pmid(pmid).title(f.getOrDefault("t", "Title_" + pmid).replace('_', ' '))
                .doi(f.get("doi")).pmcid(f.get("pmc")).addLanguage("eng")
                .journal(new Journal("Journal of Tests", "J Tests", null, "1234-5678", null, null, "0001", "England"))
                .volume("12").issue("3").pages("100-10")
                .pmidVersion(f.containsKey("v") ? Integer.valueOf(f.get("v")) : null);
        if (f.containsKey("year")) {
            b.issued(new PubDate(Integer.valueOf(f.get("year")), 5, null, null));
        }
        if (f.containsKey("rev")) {
            b.revised(LocalDate.parse(f.get("rev")));
        }
        int authors = Integer.parseInt(f.getOrDefault("authors", "1"));
        for (int n = 1; n <= authors; n++) {
            b.addAuthor(Contributor.person("Family" + n, "Given", "G", null, n == 1 ? f.get("orcid") : null,
                    List.of("Dept " + n + ", Test University")));
        }
        if (f.containsKey("mesh")) {
            for (String ui : f.get("mesh").split(",")) {
                b.addMeshHeading(new MeshHeading(new Term(ui, "Heading " + ui), false, List.of()));
            }
        }
        if (f.containsKey("cites")) {
            for (String cited : f.get("cites").split(",")) {
                b.addRelation(new Relation(RelationType.CITES, Article.builder().kind(WorkKind.LISTED_WORK).pmid(cited).build()));
            }
        }
        return b.build();
    }
}
