package org.publd.record;

/**
 * How a record relates another work, named as PubMed names its lists
 * ({@code CommentsCorrections/@RefType}, the page's section headings, the reference list).
 * The direction of the resulting RDF link is the mapping's business.
 */
public enum RelationType {
    /** The record cites the other work (reference list, {@code Cites}). */
    CITES,
    /** The other work cites the record ("Cited by"). */
    CITED_BY,
    COMMENT_IN, COMMENT_ON,
    ERRATUM_IN, ERRATUM_FOR,
    RETRACTION_IN, RETRACTION_OF,
    UPDATE_IN, UPDATE_OF,
    REPUBLISHED_IN, REPUBLISHED_FROM,
    REPRINT_IN, REPRINT_OF,
    EXPRESSION_OF_CONCERN_IN, EXPRESSION_OF_CONCERN_FOR,
    SUMMARY_FOR_PATIENTS_IN, ORIGINAL_REPORT_IN,
    /** PubMed's computed "Similar articles": not a citation. */
    SIMILAR
}
