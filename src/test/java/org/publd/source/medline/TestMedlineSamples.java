package org.publd.source.medline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publd.record.AbstractText;
import org.publd.record.Article;
import org.publd.record.ArticleId;
import org.publd.record.Contributor;
import org.publd.record.Journal;
import org.publd.record.MeshHeading;
import org.publd.record.PubDate;
import org.publd.record.Term;
import org.publd.record.WorkKind;
import org.publd.source.ErrorHandler;
import org.publd.source.Inputs;

/** Real MEDLINE files (see src/test/resources/samples/medline/ATTRIBUTION.md), read strictly. */
class TestMedlineSamples {
    private static List<Article> read(String file) {
        return Inputs.read(new MedlineFormat(), Inputs.resource("samples/medline/" + file), ErrorHandler.strict());
    }

    private static MeshHeading heading(String descriptor, boolean major, MeshHeading.Qualifier... qualifiers) {
        return new MeshHeading(Term.named(descriptor), major, List.of(qualifiers));
    }

    private static MeshHeading.Qualifier qualifier(String name, boolean major) {
        return new MeshHeading.Qualifier(Term.named(name), major);
    }

    @Test
    void oldRecordWithItsAffiliationBeforeTheAuthors() {
        Article a = read("biopython-pubmed_result1.txt").get(0);
        assertAll(
                () -> assertEquals("12230038", a.pmid()),
                () -> assertEquals(WorkKind.JOURNAL_ARTICLE, a.kind()),
                () -> assertEquals("The Bio* toolkits--a brief overview.", a.title()),
                () -> assertEquals(new Journal("Briefings in bioinformatics", "Brief Bioinform", null, "1467-5463",
                        null, null, "100912837", "England"), a.journal()),
                () -> assertEquals("3", a.volume()),
                () -> assertEquals("3", a.issue()),
                () -> assertEquals("296-302", a.pages()),
                () -> assertEquals(PubDate.of(2002, 9), a.issued()),
                () -> assertEquals(LocalDate.of(2004, 11, 17), a.revised()),
                () -> assertEquals(List.of("eng"), a.languages()),
                () -> assertEquals(List.of(Term.named("Journal Article")), a.publicationTypes()),
                () -> assertEquals(List.of(Contributor.person("Mangalam", "Harry", "H", null, null,
                        List.of("tacg Informatics, Irvine, CA 92612, USA. hjm@tacgi.com"))), a.authors()));
    }

    @Test
    void unstructuredAbstractJoinsItsLines() {
        AbstractText abs = read("biopython-pubmed_result1.txt").get(0).abstracts().get(0);
        assertAll(
                () -> assertNull(abs.language()),
                () -> assertEquals(1, abs.sections().size()),
                () -> assertNull(abs.sections().get(0).label()),
                () -> assertEquals("Bioinformatics research is often difficult to do with commercial software. The"
                        + " Open Source BioPerl, BioPython and Biojava projects provide toolkits with multiple"
                        + " functionality that make it easier to create customised pipelines or analysis. This review"
                        + " briefly compares the quirks of the underlying languages and the functionality,"
                        + " documentation, utility and relative advantages of the Bio counterparts, particularly from"
                        + " the point of view of the beginning biologist programmer.", abs.sections().get(0).text()));
    }

    @Test
    void meshHeadingsWithStarredMajorTopics() {
        assertEquals(List.of(
                        heading("Computational Biology", true), heading("Computer Systems", false),
                        heading("Humans", false), heading("Internet", false), heading("Programming Languages", true),
                        heading("Software", true), heading("User-Computer Interface", false)),
                read("biopython-pubmed_result1.txt").get(0).meshHeadings());
    }

    @Test
    void fourRecordsInFileOrder() {
        assertEquals(List.of("16403221", "16377612", "14871861", "14630660"),
                read("biopython-pubmed_result2.txt").stream().map(Article::pmid).toList());
    }

    @Test
    void identifiersAndElectronicDate() {
        Article a = read("biopython-pubmed_result2.txt").get(0);
        assertAll(
                () -> assertEquals("PMC1373603", a.pmcid()),
                () -> assertEquals("10.1186/1471-2105-7-10", a.doi()),
                () -> assertEquals(List.of(new ArticleId("pii", "1471-2105-7-10")), a.otherIds()),
                () -> assertEquals(PubDate.of(2006, 1, 10), a.available()),
                () -> assertEquals(PubDate.of(2006), a.issued()),
                () -> assertEquals("1471-2105", a.journal().issnElectronic()));
    }

    @Test
    void structuredAbstractKeepsItsLabels() {
        List<AbstractText.Section> sections = read("biopython-pubmed_result2.txt").get(0).abstracts().get(0).sections();
        assertAll(
                () -> assertEquals(List.of("BACKGROUND", "RESULTS", "CONCLUSION"),
                        sections.stream().map(AbstractText.Section::label).toList()),
                () -> assertEquals("The modules make the analysis and generation of datasets for use in structural"
                        + " genomics easier and more principled.", sections.get(2).text()));
    }

    @Test
    void multiWordLabels() {
        assertEquals(List.of("SUMMARY", "AVAILABILITY", "SUPPLEMENTARY INFORMATION"),
                read("biopython-pubmed_result2.txt").get(1).abstracts().get(0).sections().stream()
                        .map(AbstractText.Section::label).toList());
    }

    @Test
    void authorsAndTheirAffiliationContinued() {
        List<Contributor> authors = read("biopython-pubmed_result2.txt").get(0).authors();
        assertEquals(List.of(
                Contributor.person("Casbon", "James A", "JA", null, null, List.of("Bioinformatics, Institute of Cell"
                        + " and Molecular Science, School of Medicine and Dentistry, Queen Mary, University of London,"
                        + " London EC1 6BQ, UK. j.a.casbon@qmul.ac.uk")),
                Contributor.person("Crooks", "Gavin E", "GE", null, null, List.of()),
                Contributor.person("Saqi", "Mansoor A S", "MA", null, null, List.of())), authors);
    }

    @Test
    void continuedTitleAndDayDate() {
        Article a = read("biopython-pubmed_result2.txt").get(1);
        assertAll(
                () -> assertEquals("GenomeDiagram: a python package for the visualization of large-scale genomic data.",
                        a.title()),
                () -> assertEquals(PubDate.of(2006, 3, 1), a.issued()));
    }

    @Test
    void substanceAndTwoMajorQualifiers() {
        Article a = read("biopython-pubmed_result2.txt").get(3);
        assertAll(
                () -> assertEquals(List.of(Term.named("Macromolecular Substances")), a.substances()),
                () -> assertEquals(heading("Information Storage and Retrieval", false,
                                qualifier("methods", true), qualifier("standards", true)),
                        a.meshHeadings().get(3)));
    }

    @Test
    void meshHeadingContinuedOnTheNextLine() {
        assertEquals(heading("High-Intensity Focused Ultrasound Ablation", false, qualifier("adverse effects", false),
                        qualifier("instrumentation", false), qualifier("methods", true)),
                read("biopython-pubmed_result3.txt").get(0).meshHeadings().get(1));
    }

    @Test
    void doiGivenTwiceIsKeptOnce() {
        Article a = read("biopython-pubmed_result3.txt").get(0);
        assertAll(
                () -> assertEquals("10.1118/1.4748329", a.doi()),
                () -> assertEquals(List.of(), a.otherIds()),
                () -> assertEquals("0094-2405", a.journal().issnPrint()),
                () -> assertEquals("0094-2405", a.journal().issnLinking()));
    }

    @Test
    void affiliationAfterItsAuthor() {
        List<Contributor> authors = read("biopython-pubmed_result3.txt").get(0).authors();
        assertAll(
                () -> assertEquals(List.of("School of Biomedical Engineering, Shanghai Jiao Tong University,"
                        + " Shanghai, People's Republic of China."), authors.get(0).affiliations()),
                () -> assertEquals(List.of(), authors.get(1).affiliations()));
    }

    @Test
    void lastLineWithoutNewline() {
        Article a = read("biopython-pubmed_result4.txt").get(0);
        assertAll(
                () -> assertEquals("37195739", a.pmid()),
                () -> assertEquals("High extracellular glucose promotes cell motility by modulating cell"
                        + " deformability and contractility via cAMP-RhoA-ROCK axis in human breast cancer cells.",
                        a.title()),
                () -> assertEquals("mbcE22120560", a.pages()),
                () -> assertEquals("10.1091/mbc.E22-12-0560", a.doi()),
                () -> assertEquals(PubDate.of(2023, 5, 17), a.issued()),
                () -> assertEquals(List.of(), a.meshHeadings()));
    }

    @Test
    void personWithTwoAffiliations() {
        assertEquals(List.of("Undergraduate Pipeline Network Summer Research Program, University of New Mexico"
                        + " Health Sciences Center.", "Department of Molecular and Cellular Biology, University of"
                        + " Arizona, Tucson, AZ 85721, USA."),
                read("biopython-pubmed_result4.txt").get(0).authors().get(1).affiliations());
    }

    @Test
    void nbibKeywordsAndPublicationTypes() {
        Article a = read("holub008-single.nbib").get(0);
        assertAll(
                () -> assertEquals("28754806", a.pmid()),
                () -> assertEquals(List.of("mechanical thrombectomy", "stroke"), a.keywords()),
                () -> assertEquals(List.of(Term.named("Journal Article"), Term.named("Meta-Analysis"),
                        Term.named("Review"), Term.named("Systematic Review")), a.publicationTypes()),
                () -> assertEquals(PubDate.of(2017, 7, 28), a.available()),
                () -> assertEquals(List.of(new ArticleId("pii", "neurintsurg-2017-013179")), a.otherIds()),
                () -> assertEquals(List.of("BACKGROUND AND PURPOSE"), a.abstracts().get(0).sections().stream()
                        .map(AbstractText.Section::label).toList()));
    }

    @Test
    void nbibAuthorWithThreeAffiliations() {
        assertEquals(List.of("Department of Radiology, Mayo Clinic, Rochester, Minnesota, USA.",
                        "Department of Neurosurgery, Mayo Clinic, Rochester, Minnesota, USA.",
                        "Department of Neuroradiology, Toronto Western Hospital, University of Toronto, Toronto,"
                                + " Ontario, Canada."),
                read("holub008-single.nbib").get(0).authors().get(0).affiliations());
    }
}
