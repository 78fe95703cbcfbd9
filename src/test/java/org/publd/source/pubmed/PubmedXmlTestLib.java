package org.publd.source.pubmed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.publd.record.Article;
import org.publd.record.Item;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceInput;

/** Inline PubMed XML for tests: documents around a few lines of XML, and readers over them. */
final class PubmedXmlTestLib {
    static final String PROLOG = """
            <?xml version="1.0" ?>
            <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" \
            "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
            """;

    private PubmedXmlTestLib() {
    }

    /** A {@code PubmedArticleSet} document holding {@code body}. */
    static String articleSet(String body) {
        return PROLOG + "<PubmedArticleSet>\n" + body + "\n</PubmedArticleSet>\n";
    }

    /** A {@code PubmedArticle} whose {@code MedlineCitation} holds {@code citation}. */
    static String citation(String citation) {
        return "<PubmedArticle><MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\">\n" + citation
                + "\n</MedlineCitation></PubmedArticle>";
    }

    /** A {@code PubmedArticle} with the given PMID whose {@code Article} holds {@code article}. */
    static String article(String pmid, String article) {
        return citation("<PMID Version=\"1\">" + pmid + "</PMID>\n<Article PubModel=\"Print\">\n" + article
                + "\n</Article>");
    }

    /** The one article a document around {@code article} (PMID 1) yields. */
    static Article readArticle(String article) {
        return readOne(articleSet(article("1", article)));
    }

    /** The one article {@code document} yields, strictly. */
    static Article readOne(String document) {
        List<Item> items = readAll(document, ErrorHandler.strict());
        if (items.size() != 1) {
            throw new AssertionError("expected one item, got " + items);
        }
        return (Article) items.get(0);
    }

    static List<Item> readAll(String document, ErrorHandler errors) {
        return readAll(input("test.xml", document), errors);
    }

    static List<Item> readAll(SourceInput input, ErrorHandler errors) {
        List<Item> items = new ArrayList<>();
        try (RecordReader reader = new PubmedXmlFormat().open(input, errors)) {
            for (Item item; (item = reader.next()) != null; ) {
                items.add(item);
            }
        }
        return items;
    }

    static SourceInput input(String name, String document) {
        return SourceInput.of(name, new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }

    static RecordReader reader(String document, ErrorHandler errors) {
        return new PubmedXmlFormat().open(input("test.xml", document), errors);
    }

    /** The bytes of a sample under {@code src/test/resources/samples/pubmed-xml}. */
    static byte[] sampleBytes(String name) {
        try (InputStream in = PubmedXmlTestLib.class.getResourceAsStream("/samples/pubmed-xml/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Item> readSample(String name) {
        return readAll(SourceInput.of(name, new ByteArrayInputStream(sampleBytes(name))), ErrorHandler.strict());
    }

    static Article sampleArticle(String name) {
        List<Item> items = readSample(name);
        if (items.size() != 1) {
            throw new AssertionError("expected one item in " + name + ", got " + items.size());
        }
        return (Article) items.get(0);
    }
}
