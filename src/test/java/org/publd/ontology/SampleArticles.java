package org.publd.ontology;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.publd.record.AbstractText;
import org.publd.record.Article;
import org.publd.record.ArticleId;
import org.publd.record.Book;
import org.publd.record.Contributor;
import org.publd.record.Grant;
import org.publd.record.Journal;
import org.publd.record.MeshHeading;
import org.publd.record.PubDate;
import org.publd.record.Relation;
import org.publd.record.RelationType;
import org.publd.record.Term;
import org.publd.record.WorkFlag;
import org.publd.record.WorkKind;

/**
 * Records built by hand that between them use every feature of the mapping: every field of a
 * journal article, persons and collectives, books and chapters with editors, MeSH with qualifiers
 * and major topics, names without MeSH UIs, grants, every {@link RelationType}, dates of every
 * precision and flags. Identifiers are made up; only their forms are real.
 */
public final class SampleArticles {
    private SampleArticles() {
    }

    /** Every sample, by name, for parameterised tests. */
    public static Map<String, Article> all() {
        Map<String, Article> all = new LinkedHashMap<>();
        all.put("journal article", journalArticle());
        all.put("book chapter", bookChapter());
        all.put("book", book());
        all.put("MEDLINE text record", medlineText());
        all.put("minimal record", minimal());
        all.put("README example", readmeExample());
        return all;
    }

    /** A journal article with every field, and one entry of every relation type. */
    public static Article journalArticle() {
        Article.Builder b = Article.builder()
                .pmid("20000001")
                .pmidVersion(2)
                .kind(WorkKind.JOURNAL_ARTICLE)
                .doi("10.1126/Science.1190287")
                .pmcid("PMC3116441")
                .addOtherId(new ArticleId("pii", "science.1190287"))
                .addOtherId(new ArticleId("mid", "NIHMS123456"))
                .title("Ketamine in treatment-resistant depression.")
                .vernacularTitle("Ketamin bei therapieresistenter Depression.")
                .addLanguage("eng")
                .addLanguage("ger")
                .addAbstract(new AbstractText(null, List.of(
                        new AbstractText.Section("BACKGROUND", "Depression often resists treatment."),
                        new AbstractText.Section("RESULTS", "Ketamine helped."))))
                .addAbstract(new AbstractText("ger", List.of(new AbstractText.Section(null, "Ketamin half."))))
                .addAuthor(Contributor.person("Li", "Nanxin", "N", null, "0000-0002-1825-0097",
                        List.of("Department of Psychiatry, Example University, Boston, MA, USA.", "Example Institute.")))
                .addAuthor(Contributor.person("Smith", null, "J", "Jr", null, List.of()))
                .addAuthor(Contributor.collective("PubLD Study Group", List.of("Example Consortium.")))
                .journal(new Journal("Science (New York, N.Y.)", "Science", "Science", "0036-8075", "1095-9203",
                        "0036-8075", "0404511", "United States"))
                .volume("329")
                .issue("5994")
                .pages("959-64")
                .issued(PubDate.of(2010, 8, 13))
                .available(LocalDate.of(2010, 7, 1))
                .revised(LocalDate.of(2021, 3, 15))
                .addPublicationType(new Term("D016428", "Journal Article"))
                .addPublicationType(new Term("D016454", "Review"))
                .addPublicationType(new Term("D017428", "Clinical Trial, Phase III"))
                .addPublicationType(new Term("D002363", "Case Reports"))
                .addPublicationType(Term.named("Twin Study"))
                .addMeshHeading(new MeshHeading(new Term("D007649", "Ketamine"), false, List.of(
                        new MeshHeading.Qualifier(new Term("Q000494", "pharmacology"), true),
                        new MeshHeading.Qualifier(new Term("Q000627", "therapeutic use"), false))))
                .addMeshHeading(new MeshHeading(new Term("D006801", "Humans"), false, List.of()))
                .addMeshHeading(new MeshHeading(new Term("D061218", "Depressive Disorder, Treatment-Resistant"), true,
                        List.of()))
                .addSubstance(new Term("D007649", "Ketamine"))
                .addSubstance(new Term("C000604123", "esketamine conjugate"))
                .addSubstance(Term.named("Example compound"))
                .addKeyword(" esketamine ")
                .addKeyword("depression")
                .addGrant(new Grant("R01 MH000001", "MH", "NIMH NIH HHS", "United States"))
                .addGrant(new Grant("123456", null, null, null))
                .addGrant(new Grant(null, "WT", "Wellcome Trust", "United Kingdom"))
                .addGrant(new Grant(null, "XX", null, null));

        Article cited = listed("30000001").title("An earlier trial.").issued(PubDate.of(2005))
                .addFlag(WorkFlag.FREE_PMC_ARTICLE).build();
        b.addRelation(new Relation(RelationType.CITES, cited));
        b.addRelation(new Relation(RelationType.CITES, Article.builder().kind(WorkKind.LISTED_WORK)
                .citationText("Doe J. An unindexed book. Example Press; 2001.").doi("10.5555/Example-Book").build()));
        b.addRelation(new Relation(RelationType.CITED_BY, listed("30000002").issued(PubDate.of(2012, 3)).build()));
        b.addRelation(new Relation(RelationType.COMMENT_IN, listed("30000003").build()));
        // A comment usually also lists what it comments on among its references.
        b.addRelation(new Relation(RelationType.COMMENT_ON, listed("30000001").build()));
        b.addRelation(new Relation(RelationType.ERRATUM_IN, listed("30000004").issued(PubDate.of(2010, 9, 1))
                .addPublicationType(new Term("D016425", "Published Erratum")).build()));
        b.addRelation(new Relation(RelationType.ERRATUM_FOR, listed("30000005").build()));
        b.addRelation(new Relation(RelationType.RETRACTION_IN, listed("30000006")
                .addPublicationType(new Term("D016441", "Retraction of Publication")).build()));
        b.addRelation(new Relation(RelationType.RETRACTION_OF, listed("30000007").issued(PubDate.of(2011)).build()));
        b.addRelation(new Relation(RelationType.UPDATE_IN, listed("30000008").build()));
        b.addRelation(new Relation(RelationType.UPDATE_OF, listed("30000009").build()));
        b.addRelation(new Relation(RelationType.REPUBLISHED_IN, listed("30000010").build()));
        b.addRelation(new Relation(RelationType.REPUBLISHED_FROM, listed("30000011").build()));
        b.addRelation(new Relation(RelationType.REPRINT_IN, listed("30000012").build()));
        b.addRelation(new Relation(RelationType.REPRINT_OF, listed("30000013").build()));
        b.addRelation(new Relation(RelationType.EXPRESSION_OF_CONCERN_IN, listed("30000014").build()));
        b.addRelation(new Relation(RelationType.EXPRESSION_OF_CONCERN_FOR, listed("30000015").build()));
        b.addRelation(new Relation(RelationType.SUMMARY_FOR_PATIENTS_IN, listed("30000016").build()));
        b.addRelation(new Relation(RelationType.ORIGINAL_REPORT_IN, listed("30000017").build()));
        b.addRelation(new Relation(RelationType.SIMILAR, listed("30000018")
                .title("Ketamine for depression: a letter.")
                .journal(new Journal("Journal of Examples", "J Ex", null, null, null, null, null, null))
                .volume("12").issue("3").pages("e123").issued(PubDate.of(2009, 5, 2))
                .doi("10.1000/J.EX.2009.123")
                .addPublicationType(new Term("D016422", "Letter"))
                .addPublicationType(new Term("D016421", "Editorial"))
                .addPublicationType(new Term("D016420", "Comment"))
                .addFlag(WorkFlag.NO_ABSTRACT)
                .addFlag(WorkFlag.FREE_PMC_ARTICLE)
                .build()));
        b.addRelation(new Relation(RelationType.SIMILAR, Article.builder().kind(WorkKind.LISTED_WORK)
                .title("A similar work known only by its title.").build()));
        // The record listed among its own relations: nothing to link.
        b.addRelation(new Relation(RelationType.CITES, listed("20000001").build()));
        return b.build();
    }

    /** A chapter of a book, with the book's editors, publisher and ISBN. */
    public static Article bookChapter() {
        return Article.builder()
                .pmid("20000002")
                .kind(WorkKind.BOOK_CHAPTER)
                .addOtherId(new ArticleId("bookaccession", "NBK000001"))
                .title("Depression")
                .addLanguage("eng")
                .addAbstract(new AbstractText(null, List.of(new AbstractText.Section(null, "A chapter on depression."))))
                .addAuthor(Contributor.person("Brown", "Bea", "B", null, null, List.of("Example University.")))
                .book(new Book("Handbook of Examples", "Example University Press", "Seattle (WA)",
                        List.of("978-0-00-000000-2"), List.of(
                                Contributor.person("Adams", "Ann", "A", null, "0000-0002-1694-233X",
                                        List.of("Example University.")),
                                Contributor.collective("Handbook Editorial Board", List.of()))))
                .issued(PubDate.of(2019))
                .revised(LocalDate.of(2020, 1, 2))
                .addPublicationType(new Term("D016454", "Review"))
                .build();
    }

    /** A whole book, with two ISBNs. */
    public static Article book() {
        return Article.builder()
                .pmid("20000003")
                .kind(WorkKind.BOOK)
                .addOtherId(new ArticleId("bookaccession", "NBK000002"))
                .title("Handbook of Examples")
                .addLanguage("eng")
                .book(new Book("Handbook of Examples", "Presses Universitaires d'Exemple", null,
                        List.of("978-0-00-000000-2", "978-0-00-000001-9"),
                        List.of(Contributor.person("Adams", "Ann", "A", null, null, List.of()))))
                .issued(PubDate.of(2019, 6))
                .build();
    }

    /**
     * A record as the MEDLINE text format gives it: headings, substances and publication types by
     * name only, a free-text date, a journal known by its ISSN only, relations without PMIDs.
     */
    public static Article medlineText() {
        return Article.builder()
                .pmid("20000004")
                .title("Ketamin bei Depression.")
                .vernacularTitle("Ketamin bei Depression.")
                .addLanguage("ger")
                .addAbstract(new AbstractText("und", List.of(new AbstractText.Section(null, "Text of unknown language."))))
                .addAuthor(Contributor.person("Müller", "Hans", "H", null, null, List.of()))
                .journal(new Journal("Journal of Examples", "J Ex", null, "1234-5679", null, null, null, "England"))
                .pages("1-10, 12")
                .issued(new PubDate(1998, null, null, "1998 Dec-1999 Jan"))
                .addPublicationType(Term.named("Journal Article"))
                .addPublicationType(Term.named("Letter"))
                .addMeshHeading(new MeshHeading(Term.named("Ketamine"), true,
                        List.of(new MeshHeading.Qualifier(Term.named("pharmacology"), true))))
                .addMeshHeading(new MeshHeading(Term.named("Humans"), false, List.of()))
                .addSubstance(Term.named("Ketamine"))
                .addRelation(new Relation(RelationType.COMMENT_ON, Article.builder().kind(WorkKind.LISTED_WORK)
                        .citationText("J Ex. 1997 Mar;3(1):5-9.").build()))
                .addRelation(new Relation(RelationType.EXPRESSION_OF_CONCERN_FOR, listed("30000019")
                        .issued(PubDate.of(1997)).build()))
                .build();
    }

    /** Only a PMID: everything else is optional. */
    public static Article minimal() {
        return Article.builder().pmid("20000005").build();
    }

    /** The record of the worked example in {@code ontology/README.md}. */
    public static Article readmeExample() {
        return Article.builder()
                .pmid("31000001")
                .kind(WorkKind.JOURNAL_ARTICLE)
                .doi("10.1000/JEX.2019.0042")
                .pmcid("PMC6000001")
                .addOtherId(new ArticleId("pii", "JEX-2019-0042"))
                .title("Ketamine in treatment-resistant depression.")
                .addLanguage("eng")
                .addAbstract(new AbstractText(null, List.of(
                        new AbstractText.Section("BACKGROUND", "Depression often resists treatment."),
                        new AbstractText.Section("RESULTS", "Ketamine helped."))))
                .addAuthor(Contributor.person("Li", "Nanxin", "N", null, "0000-0002-1825-0097",
                        List.of("Department of Psychiatry, Example University, Boston, MA, USA.")))
                .addAuthor(Contributor.collective("Example Study Group", List.of()))
                .journal(new Journal("Journal of Examples", "J Ex", "J Ex", null, "1234-5679", "1234-5679",
                        "101000001", "England"))
                .volume("12")
                .issue("3")
                .pages("959-64")
                .issued(PubDate.of(2019, 3))
                .available(LocalDate.of(2019, 1, 20))
                .revised(LocalDate.of(2021, 3, 15))
                .addPublicationType(new Term("D016428", "Journal Article"))
                .addPublicationType(new Term("D016454", "Review"))
                .addMeshHeading(new MeshHeading(new Term("D061218", "Depressive Disorder, Treatment-Resistant"), false,
                        List.of(new MeshHeading.Qualifier(new Term("Q000188", "drug therapy"), true))))
                .addMeshHeading(new MeshHeading(new Term("D006801", "Humans"), false, List.of()))
                .addSubstance(new Term("D007649", "Ketamine"))
                .addKeyword("esketamine")
                .addGrant(new Grant("R01 MH000001", "MH", "NIMH NIH HHS", "United States"))
                .addRelation(new Relation(RelationType.COMMENT_IN, listed("31000002")
                        .citationText("J Ex. 2019 Jun;12(6):1001.").build()))
                .addRelation(new Relation(RelationType.CITES, Article.builder().kind(WorkKind.LISTED_WORK)
                        .citationText("Doe J. An unindexed book. Example Press; 2001.").build()))
                .addRelation(new Relation(RelationType.CITES, listed("26000003")
                        .citationText("Roe R. Earlier work. J Ex. 2015;8:1-9.").build()))
                .build();
    }

    private static Article.Builder listed(String pmid) {
        return Article.builder().kind(WorkKind.LISTED_WORK).pmid(pmid);
    }
}
