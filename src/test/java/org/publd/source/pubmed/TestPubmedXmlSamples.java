package org.publd.source.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.publd.source.pubmed.PubmedXmlTestLib.readSample;
import static org.publd.source.pubmed.PubmedXmlTestLib.sampleArticle;
import static org.publd.source.pubmed.PubmedXmlTestLib.sampleBytes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publd.record.AbstractText;
import org.publd.record.Article;
import org.publd.record.ArticleId;
import org.publd.record.Book;
import org.publd.record.Contributor;
import org.publd.record.DeletedCitations;
import org.publd.record.Grant;
import org.publd.record.Item;
import org.publd.record.Journal;
import org.publd.record.MeshHeading;
import org.publd.record.PubDate;
import org.publd.record.Relation;
import org.publd.record.RelationType;
import org.publd.record.Term;
import org.publd.record.WorkKind;
import org.publd.source.SourceInput;
import org.publd.source.SourceParseException;

/** Real PubMed files (see ATTRIBUTION.md beside them): every one reads cleanly, and says what its XML says. */
class TestPubmedXmlSamples {
    private static final Pattern ITEM_START = Pattern.compile("<(PubmedArticle|PubmedBookArticle|DeleteCitation)>");

    static Stream<String> samples() throws IOException, URISyntaxException {
        Path dir = Path.of(TestPubmedXmlSamples.class.getResource("/samples/pubmed-xml").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".xml") || n.endsWith(".xml.gz"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    /** How many items the sample holds, counted by start tag, independently of the parser. */
    private static int itemsByTag(String name) {
        byte[] bytes = sampleBytes(name);
        try (InputStream in = name.endsWith(".gz")
                ? new GZIPInputStream(new ByteArrayInputStream(bytes)) : new ByteArrayInputStream(bytes)) {
            Matcher m = ITEM_START.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleReadsWithoutErrors(String name) {
        List<SourceParseException> errors = new ArrayList<>();
        List<Item> items = PubmedXmlTestLib.readAll(
                SourceInput.of(name, new ByteArrayInputStream(sampleBytes(name))), errors::add);
        assertEquals(List.of(), errors);
        assertEquals(itemsByTag(name), items.size());
    }

    @Test
    void samplesAreThere() throws IOException, URISyntaxException {
        assertEquals(64, samples().count());
    }

    @Test
    void emptyArticleSet() {
        assertEquals(List.of(), readSample("metapub-37909814.xml"));
    }

    @Test
    void bookChapter() {
        Article a = sampleArticle("metapub-sample_article_20301577.xml");
        assertEquals("20301577", a.pmid());
        assertEquals(WorkKind.BOOK_CHAPTER, a.kind());
        assertEquals("CACNA1C-Related Disorders", a.title());
        assertEquals(List.of(new ArticleId("bookaccession", "NBK1403")), a.otherIds());
        assertEquals(PubDate.of(2006, 2, 15), a.issued());
        assertEquals(LocalDate.of(2024, 12, 19), a.revised());
        assertEquals(List.of(new Term("D016454", "Review")), a.publicationTypes());
        assertEquals(List.of("eng"), a.languages());
        assertEquals(9, a.keywords().size());
    }

    @Test
    void bookChapterBook() {
        Book book = sampleArticle("metapub-sample_article_20301577.xml").book();
        assertEquals("GeneReviews®", book.title());
        assertEquals("University of Washington, Seattle", book.publisherName());
        assertEquals("Seattle (WA)", book.publisherLocation());
        assertEquals(List.of(), book.isbns());
        assertEquals(List.of("Adam", "Feldman", "Mirzaa", "Pagon", "Wallace", "Amemiya"),
                book.editors().stream().map(Contributor::familyName).toList());
        assertEquals("Margaret P", book.editors().get(0).givenName());
    }

    @Test
    void bookChapterAuthorsAreNotTheEditors() {
        Article a = sampleArticle("metapub-sample_article_20301577.xml");
        assertEquals(List.of("Napolitano", "Priori"), a.authors().stream().map(Contributor::familyName).toList());
        assertEquals(List.of("Department of Molecular Cardiology, IRCCS Fondazione Salvatore Maugeri;, Department of "
                + "Molecular Medicine, University of Pavia, Pavia, Italy", "European Reference Network for Rare and Low "
                + "Prevalence Complex Diseases of the Heart (ERN GUARD-Heart)"), a.authors().get(0).affiliations());
    }

    @Test
    void bookChapterAbstractAndReferences() {
        Article a = sampleArticle("metapub-sample_article_20301577.xml");
        assertEquals(List.of("CLINICAL CHARACTERISTICS", "DIAGNOSIS/TESTING", "MANAGEMENT", "GENETIC COUNSELING"),
                a.abstracts().get(0).sections().stream().map(AbstractText.Section::label).toList());
        assertEquals(31, a.relations().size());
        Article second = a.relations().get(1).target();
        assertEquals("31591237", second.pmid());
        assertEquals("PMC6815189", second.pmcid());
        assertTrue(a.relations().stream().allMatch(r -> r.type() == RelationType.CITES));
    }

    @Test
    void journalArticleIdentifiersAndJournal() {
        Article a = sampleArticle("biopython-pubmed4.xml");
        assertEquals("27797938", a.pmid());
        assertEquals("10.1136/gutjnl-2016-312510", a.doi());
        assertEquals("PMC5442267", a.pmcid());
        assertEquals(List.of(new ArticleId("pii", "gutjnl-2016-312510"), new ArticleId("mid", "NIHMS857349")),
                a.otherIds());
        assertEquals(new Journal("Gut", "Gut", "Gut", null, "1468-3288", "0017-5749", "2985108R", "England"),
                a.journal());
        assertEquals("66", a.volume());
        assertEquals("6", a.issue());
        assertEquals("1116-1122", a.pages());
        assertEquals(PubDate.of(2017, 6), a.issued());
        assertEquals(PubDate.of(2016, 10, 21), a.available());
        assertEquals(LocalDate.of(2018, 4, 17), a.revised());
    }

    @Test
    void titleWithInlineMarkup() {
        assertEquals("Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer.",
                sampleArticle("biopython-pubmed4.xml").title());
    }

    @Test
    void structuredAbstractWithSubscriptsAndSuperscripts() {
        List<AbstractText.Section> sections = sampleArticle("biopython-pubmed4.xml").abstracts().get(0).sections();
        assertEquals(List.of("OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS"),
                sections.stream().map(AbstractText.Section::label).toList());
        assertTrue(sections.get(2).text().contains("95% CI 1.07 to 2.78; ptrend=0.048)"), sections.get(2).text());
        assertTrue(sections.get(2).text().contains("(linkage disequilibrium r2<0.25)"), sections.get(2).text());
    }

    @Test
    void commentInAndCites() {
        List<Relation> relations = sampleArticle("biopython-pubmed4.xml").relations();
        assertEquals(49, relations.size());
        Relation comment = relations.get(0);
        assertEquals(RelationType.COMMENT_IN, comment.type());
        assertEquals("27920200", comment.target().pmid());
        assertEquals("Gut. 2017 Jun;66(6):1", comment.target().citationText());
        assertEquals(48, relations.stream().filter(r -> r.type() == RelationType.CITES).count());
        assertEquals("2657958", relations.get(1).target().pmid());
    }

    @Test
    void grants() {
        List<Grant> grants = sampleArticle("biopython-pubmed4.xml").grants();
        assertEquals(35, grants.size());
        assertEquals(new Grant("KL2 TR001100", "TR", "NCATS NIH HHS", "United States"), grants.get(0));
    }

    @Test
    void meshQualifiersAndMajorTopics() {
        List<MeshHeading> headings = sampleArticle("biopython-pubmed4.xml").meshHeadings();
        assertEquals(new MeshHeading(new Term("D000230", "Adenocarcinoma"), false, List.of(
                new MeshHeading.Qualifier(new Term("Q000453", "epidemiology"), true),
                new MeshHeading.Qualifier(new Term("Q000235", "genetics"), true))), headings.get(0));
        assertTrue(headings.contains(new MeshHeading(new Term("D059506", "Telomere Shortening"), true, List.of())));
    }

    @Test
    void substancesAndKeywords() {
        Article a = sampleArticle("biopython-pubmed4.xml");
        assertEquals(List.of(new Term("C509186", "TERT protein, human"), new Term("D019098", "Telomerase")),
                a.substances());
        assertEquals(List.of("PANCREATIC CANCER"), a.keywords());
    }

    @Test
    void collectiveAuthorAndOrcids() {
        List<Contributor> authors = sampleArticle("biopython-pubmed7.xml").authors();
        assertEquals(Contributor.collective("Canadian Respiratory Research Network", List.of()),
                authors.get(authors.size() - 1));
        Contributor capaldi = authors.get(1);
        assertEquals("Capaldi", capaldi.familyName());
        assertEquals("0000-0002-4590-7461", capaldi.orcid());
        assertEquals(List.of("0000-0002-4590-7461", "0000-0003-3525-2788"),
                authors.stream().map(Contributor::orcid).filter(o -> o != null).toList());
    }

    @Test
    void referenceList() {
        List<Relation> relations = sampleArticle("biopython-pubmed7.xml").relations();
        assertEquals(49, relations.size());
        Article first = relations.get(0).target();
        assertEquals(RelationType.CITES, relations.get(0).type());
        assertEquals(WorkKind.LISTED_WORK, first.kind());
        assertEquals("25144646", first.pmid());
        assertEquals("Radiology. 2015 Jan;274(1):250-9", first.citationText());
    }

    @Test
    void mathMlInAbstract() {
        String text = sampleArticle("biopython-pubmed7.xml").abstracts().get(0).sections().get(0).text();
        // The mtext between isotope and MRI holds a thin space (U+2009), which is content, not layout.
        assertTrue(text.contains("inhaled He3/Xe129\u2009MRI ventilation and apparent"), text);
    }

    @Test
    void monthNameAndPagesAsWritten() {
        Article a = sampleArticle("biopython-pubmed7.xml");
        assertEquals(PubDate.of(2018, 4), a.issued());
        assertEquals("026002", a.pages());
    }

    @Test
    void deleteCitationAfterTheRecords() {
        List<Item> items = readSample("tipplerow-pubmed_sample.xml");
        assertEquals(8, items.size());
        assertEquals(List.of("24451147", "31383287", "31383387", "1", "31687927", "31383287", "31383582"),
                items.subList(0, 7).stream().map(i -> ((Article) i).pmid()).toList());
        assertEquals(new DeletedCitations(List.of("30830050", "30830053", "30830055")), items.get(7));
    }

    @Test
    void gzippedBaselineFile() {
        List<Item> items = readSample("tipplerow-pubmed20n0001.xml.gz");
        assertEquals(List.of("1", "2", "3", "5", "4", "6", "7", "8", "9", "10"),
                items.stream().map(i -> ((Article) i).pmid()).toList());
    }

    @Test
    void erratumInAndErratumFor() {
        List<Item> items = readSample("tipplerow-pubmed20n0001.xml.gz");
        Relation erratumIn = ((Article) items.get(1)).relations().get(0);
        assertEquals(RelationType.ERRATUM_IN, erratumIn.type());
        assertEquals("8", erratumIn.target().pmid());
        assertEquals("Biochem Pharmacol. 1975 Aug 15;24(16):1517-21", erratumIn.target().citationText());
        Article eight = assertInstanceOf(Article.class, items.get(7));
        assertEquals("8", eight.pmid());
        assertEquals(RelationType.ERRATUM_FOR, eight.relations().get(0).type());
        assertEquals("2", eight.relations().get(0).target().pmid());
    }

    @Test
    void seasons() {
        Article spring = (Article) readSample("biopython-pubmed1.xml").get(0);
        assertEquals(new PubDate(1990, null, null, "1990 Spring"), spring.issued());
        assertEquals(new PubDate(2022, null, null, "2022 Apr-Jun"), sampleArticle("metapub-35830032.xml").issued());
    }

    @Test
    void startAndEndPagesGiveWayToMedlinePgn() {
        Article a = (Article) readSample("biopython-pubmed1.xml").get(0);
        assertEquals("113-25", a.pages());
        assertNull(a.doi());
    }
}
