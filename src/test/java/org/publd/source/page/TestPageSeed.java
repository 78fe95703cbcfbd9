package org.publd.source.page;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publd.record.AbstractText;
import org.publd.record.Article;
import org.publd.record.PubDate;
import org.publd.record.Relation;
import org.publd.record.RelationType;
import org.publd.record.Term;
import org.publd.record.WorkFlag;
import org.publd.record.WorkKind;
import org.publd.source.ErrorHandler;
import org.publd.source.Inputs;

/**
 * The seed, the abstract page of PMID 20724638 saved as text: every fact it states, written here by
 * reading the page.
 */
class TestPageSeed {
    private static final Set<WorkFlag> FREE = Set.of(WorkFlag.FREE_PMC_ARTICLE);
    private static final Set<WorkFlag> NO_ABSTRACT = Set.of(WorkFlag.NO_ABSTRACT);
    private static Article record;

    /** What one list entry says of a work. */
    private record Listed(String title, String journal, PubDate date, String volume, String issue, String pages,
                          String doi, PubDate epub, String pmid, Set<WorkFlag> flags, boolean review,
                          String citation) {
    }

    @BeforeAll
    static void parseSeed() {
        List<Article> records = Inputs.read(new PageFormat(),
                Inputs.resource("seeds/000_141a0cefe409d238.txt"), ErrorHandler.strict());
        assertEquals(1, records.size());
        record = records.get(0);
    }

    @Test
    void identifiers() {
        assertAll(
                () -> assertEquals("20724638", record.pmid()),
                () -> assertEquals("PMC3116441", record.pmcid()),
                () -> assertEquals("10.1126/science.1190287", record.doi()),
                () -> assertEquals(List.of(), record.otherIds()));
    }

    @Test
    void title() {
        assertEquals("mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists",
                record.title());
    }

    @Test
    void abstractIsOneUnlabelledParagraph() {
        String text = "The rapid antidepressant response after ketamine administration in treatment-resistant"
                + " depressed patients suggests a possible new approach for treating mood disorders compared to the"
                + " weeks or months required for standard medications. However, the mechanisms underlying this"
                + " action of ketamine [a glutamate N-methyl-D-aspartic acid (NMDA) receptor antagonist] have not"
                + " been identified. We observed that ketamine rapidly activated the mammalian target of rapamycin"
                + " (mTOR) pathway, leading to increased synaptic signaling proteins and increased number and"
                + " function of new spine synapses in the prefrontal cortex of rats. Moreover, blockade of mTOR"
                + " signaling completely blocked ketamine induction of synaptogenesis and behavioral responses in"
                + " models of depression. Our results demonstrate that these effects of ketamine are opposite to"
                + " the synaptic deficits that result from exposure to stress and could contribute to the fast"
                + " antidepressant actions of ketamine.";
        assertEquals(List.of(new AbstractText(null, List.of(new AbstractText.Section(null, text)))),
                record.abstracts());
    }

    @Test
    void pageNamesNeitherJournalNorAuthors() {
        assertAll(
                () -> assertNull(record.journal()),
                () -> assertEquals(List.of(), record.authors()),
                () -> assertNull(record.issued()),
                () -> assertNull(record.volume()),
                () -> assertNull(record.pages()),
                () -> assertEquals(WorkKind.UNSPECIFIED, record.kind()));
    }

    @Test
    void emptySectionsGiveNothing() {
        assertAll(
                () -> assertEquals(List.of(), record.publicationTypes()),
                () -> assertEquals(List.of(), record.meshHeadings()),
                () -> assertEquals(List.of(), record.substances()),
                () -> assertEquals(List.of(), record.grants()),
                () -> assertEquals(List.of(), record.keywords()),
                () -> assertEquals(List.of(), targets(RelationType.CITES)));
    }

    @Test
    void listsHoldThirteenWorksInPageOrder() {
        assertEquals(List.of(RelationType.COMMENT_IN, RelationType.COMMENT_IN, RelationType.COMMENT_IN,
                RelationType.SIMILAR, RelationType.SIMILAR, RelationType.SIMILAR, RelationType.SIMILAR,
                RelationType.SIMILAR, RelationType.CITED_BY, RelationType.CITED_BY, RelationType.CITED_BY,
                RelationType.CITED_BY, RelationType.CITED_BY), record.relations().stream().map(Relation::type).toList());
    }

    @Test
    void commentIn() {
        check(List.of(
                new Listed("Neuroscience. A glutamate pathway to faster-acting antidepressants?", "Science",
                        PubDate.of(2010, 8, 20), "329", "5994", "913-4", "10.1126/science.1194313", null,
                        "20724626", NO_ABSTRACT, false,
                        "Science. 2010 Aug 20;329(5994):913-4. doi: 10.1126/science.1194313."),
                new Listed("Psychiatric disorders: Ketamine modifies mood through mTOR.", "Nat Rev Neurosci",
                        PubDate.of(2010, 10), "11", "10", "666", "10.1038/nrn2916", null,
                        "21080533", NO_ABSTRACT, false,
                        "Nat Rev Neurosci. 2010 Oct;11(10):666. doi: 10.1038/nrn2916."),
                new Listed("Role of the mTOR signaling pathway in the rapid antidepressant action of ketamine.",
                        "Expert Rev Neurother", PubDate.of(2011, 1), "11", "1", "33-6", "10.1586/ern.10.176", null,
                        "21158553", Set.of(), false,
                        "Expert Rev Neurother. 2011 Jan;11(1):33-6. doi: 10.1586/ern.10.176.")),
                targets(RelationType.COMMENT_IN));
    }

    @Test
    void similarArticles() {
        check(List.of(
                new Listed("Glutamate N-methyl-D-aspartate receptor antagonists rapidly reverse behavioral and"
                        + " synaptic deficits caused by chronic stress exposure.", "Biol Psychiatry",
                        PubDate.of(2011, 4, 15), "69", "8", "754-61", "10.1016/j.biopsych.2010.12.015",
                        PubDate.of(2011, 2, 3), "21292242", FREE, false,
                        "Biol Psychiatry. 2011 Apr 15;69(8):754-61. doi: 10.1016/j.biopsych.2010.12.015."
                                + " Epub 2011 Feb 3."),
                new Listed("A neurotrophic hypothesis of depression: role of synaptogenesis in the actions of NMDA"
                        + " receptor antagonists.", "Philos Trans R Soc Lond B Biol Sci",
                        PubDate.of(2012, 9, 5), "367", "1601", "2475-84", "10.1098/rstb.2011.0357", null,
                        "22826346", FREE, true,
                        "Philos Trans R Soc Lond B Biol Sci. 2012 Sep 5;367(1601):2475-84."
                                + " doi: 10.1098/rstb.2011.0357."),
                new Listed("Scopolamine rapidly increases mammalian target of rapamycin complex 1 signaling,"
                        + " synaptogenesis, and antidepressant behavioral responses.", "Biol Psychiatry",
                        PubDate.of(2013, 11, 15), "74", "10", "742-9", "10.1016/j.biopsych.2013.04.025",
                        PubDate.of(2013, 6, 14), "23751205", FREE, false,
                        "Biol Psychiatry. 2013 Nov 15;74(10):742-9. doi: 10.1016/j.biopsych.2013.04.025."
                                + " Epub 2013 Jun 14."),
                new Listed("Signaling pathways underlying the rapid antidepressant actions of ketamine.",
                        "Neuropharmacology", PubDate.of(2012, 1), "62", "1", "35-41",
                        "10.1016/j.neuropharm.2011.08.044", PubDate.of(2011, 9, 2), "21907221", FREE, true,
                        "Neuropharmacology. 2012 Jan;62(1):35-41. doi: 10.1016/j.neuropharm.2011.08.044."
                                + " Epub 2011 Sep 2."),
                new Listed("Essential roles of neuropeptide VGF regulated TrkB/mTOR/BICC1 signaling and"
                        + " phosphorylation of AMPA receptor subunit GluA1 in the rapid antidepressant-like actions"
                        + " of ketamine in mice.", "Brain Res Bull", PubDate.of(2018, 10), "143", null, "58-65",
                        "10.1016/j.brainresbull.2018.10.004", PubDate.of(2018, 10, 11), "30316917", Set.of(), false,
                        "Brain Res Bull. 2018 Oct;143:58-65. doi: 10.1016/j.brainresbull.2018.10.004."
                                + " Epub 2018 Oct 11.")),
                targets(RelationType.SIMILAR));
    }

    @Test
    void citedBy() {
        check(List.of(
                new Listed("Novel Glutamatergic Modulators for the Treatment of Mood Disorders: Current Status.",
                        "CNS Drugs", PubDate.of(2021, 5), "35", "5", "527-543", "10.1007/s40263-021-00816-x",
                        PubDate.of(2021, 4, 26), "33904154", FREE, true,
                        "CNS Drugs. 2021 May;35(5):527-543. doi: 10.1007/s40263-021-00816-x. Epub 2021 Apr 26."),
                new Listed("An analog of psychedelics restores functional neural circuits disrupted by"
                        + " unpredictable stress.", "Mol Psychiatry", PubDate.of(2021, 11), "26", "11", "6237-6252",
                        "10.1038/s41380-021-01159-1", PubDate.of(2021, 5, 25), "34035476", FREE, false,
                        "Mol Psychiatry. 2021 Nov;26(11):6237-6252. doi: 10.1038/s41380-021-01159-1."
                                + " Epub 2021 May 25."),
                new Listed("The mechanistic target of rapamycin (mTOR) pathway and S6 Kinase mediate diazoxide"
                        + " preconditioning in primary rat cortical neurons.", "J Neurochem", PubDate.of(2015, 9),
                        "134", "5", "845-56", "10.1111/jnc.13181", PubDate.of(2015, 7, 1), "26016889", FREE, false,
                        "J Neurochem. 2015 Sep;134(5):845-56. doi: 10.1111/jnc.13181. Epub 2015 Jul 1."),
                new Listed("GABAergic control of depression-related brain states.", "Adv Pharmacol",
                        PubDate.of(2015), "73", null, "97-144", "10.1016/bs.apha.2014.11.003",
                        PubDate.of(2015, 1, 14), "25637439", FREE, false,
                        "Adv Pharmacol. 2015;73:97-144. doi: 10.1016/bs.apha.2014.11.003. Epub 2015 Jan 14."),
                new Listed("Two polygenic mouse models of major depressive disorders identify TMEM161B as a"
                        + " potential biomarker of disease in humans.", "Neuropsychopharmacology",
                        PubDate.of(2024, 6), "49", "7", "1129-1139", "10.1038/s41386-024-01811-8",
                        PubDate.of(2024, 2, 7), "38326457", Set.of(), false,
                        "Neuropsychopharmacology. 2024 Jun;49(7):1129-1139. doi: 10.1038/s41386-024-01811-8."
                                + " Epub 2024 Feb 7.")),
                targets(RelationType.CITED_BY));
    }

    @Test
    void datesKeepThePrecisionWritten() {
        assertEquals(List.of(PubDate.Precision.DAY, PubDate.Precision.MONTH, PubDate.Precision.MONTH),
                targets(RelationType.COMMENT_IN).stream().map(a -> a.issued().precision()).toList());
        assertEquals(PubDate.Precision.YEAR, targets(RelationType.CITED_BY).get(3).issued().precision());
    }

    @Test
    void listedWorksAreOnlyWhatTheListSays() {
        for (Relation r : record.relations()) {
            Article w = r.target();
            assertAll(w.pmid(),
                    () -> assertEquals(WorkKind.LISTED_WORK, w.kind()),
                    () -> assertEquals(List.of(), w.authors()),
                    () -> assertEquals(List.of(), w.abstracts()),
                    () -> assertNull(w.pmcid()),
                    () -> assertNull(w.journal().title(), "only the abbreviation is given"),
                    () -> assertTrue(w.relations().isEmpty()));
        }
    }

    private static List<Article> targets(RelationType type) {
        return record.relations().stream().filter(r -> r.type() == type).map(Relation::target).toList();
    }

    private static void check(List<Listed> expected, List<Article> actual) {
        assertEquals(expected.size(), actual.size(), "number of works");
        for (int i = 0; i < expected.size(); i++) {
            Listed e = expected.get(i);
            Article a = actual.get(i);
            List<Term> types = e.review() ? List.of(Term.named("Review")) : List.of();
            assertAll("work " + (i + 1) + " (PMID " + e.pmid() + ")",
                    () -> assertEquals(e.title(), a.title(), "title"),
                    () -> assertEquals(e.journal(), a.journal().abbreviation(), "journal"),
                    () -> assertEquals(e.date(), a.issued(), "date"),
                    () -> assertEquals(e.volume(), a.volume(), "volume"),
                    () -> assertEquals(e.issue(), a.issue(), "issue"),
                    () -> assertEquals(e.pages(), a.pages(), "pages"),
                    () -> assertEquals(e.doi(), a.doi(), "doi"),
                    () -> assertEquals(e.epub(), a.available(), "electronic date"),
                    () -> assertEquals(e.pmid(), a.pmid(), "pmid"),
                    () -> assertEquals(e.flags(), a.flags(), "flags"),
                    () -> assertEquals(types, a.publicationTypes(), "publication types"),
                    () -> assertEquals(e.citation(), a.citationText(), "citation"));
        }
    }
}
