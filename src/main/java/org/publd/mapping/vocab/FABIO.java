package org.publd.mapping.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** FaBiO, the FRBR-aligned Bibliographic Ontology: the terms PubLD emits. */
public final class FABIO {
    public static final String NS = "http://purl.org/spar/fabio/";
    public static final String PREFIX = "fabio";

    public static final Node JournalArticle = term("JournalArticle");
    public static final Node Book = term("Book");
    public static final Node BookChapter = term("BookChapter");
    public static final Node Expression = term("Expression");
    public static final Node Journal = term("Journal");
    public static final Node ReviewArticle = term("ReviewArticle");
    public static final Node Comment = term("Comment");
    public static final Node Editorial = term("Editorial");
    public static final Node Letter = term("Letter");
    public static final Node Erratum = term("Erratum");
    public static final Node RetractionNotice = term("RetractionNotice");
    public static final Node CaseReport = term("CaseReport");
    public static final Node ClinicalTrialReport = term("ClinicalTrialReport");
    public static final Node hasPubMedId = term("hasPubMedId");
    public static final Node hasPubMedCentralId = term("hasPubMedCentralId");
    public static final Node hasPrimarySubjectTerm = term("hasPrimarySubjectTerm");
    public static final Node hasNLMJournalTitleAbbreviation = term("hasNLMJournalTitleAbbreviation");
    public static final Node hasNationalLibraryOfMedicineJournalId = term("hasNationalLibraryOfMedicineJournalId");
    public static final Node hasIssnL = term("hasIssnL");
    public static final Node hasPII = term("hasPII");

    private FABIO() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
