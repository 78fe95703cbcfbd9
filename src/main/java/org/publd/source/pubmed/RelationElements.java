package org.publd.source.pubmed;

import javax.xml.stream.XMLStreamException;
import org.publd.record.Relation;
import org.publd.record.RelationType;
import org.publd.record.WorkKind;
import org.publd.source.xml.XmlCursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record's lists of other works: {@code CommentsCorrectionsList} (comments, errata, retractions,
 * updates... and {@code Cites}) and {@code ReferenceList}. Each entry becomes a {@link Relation} to a
 * {@link WorkKind#LISTED_WORK} holding what the entry says: its citation text and identifiers, which
 * belong to that work, never to the record.
 */
final class RelationElements {
    private static final Logger LOG = LoggerFactory.getLogger(RelationElements.class);

    private RelationElements() {
    }

    static void commentsCorrectionsList(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (c.name().equals("CommentsCorrections")) {
                commentsCorrections(c, d);
            }
        }
    }

    private static void commentsCorrections(XmlCursor c, RecordDraft d) throws XMLStreamException {
        String refType = c.attribute("RefType");
        RelationType type = refType == null ? null : relationType(refType);
        if (type == null) {
            LOG.debug("PMID {}: skipping a CommentsCorrections entry of unknown RefType '{}'", d.pmid(), refType);
            return;
        }
        IdCollector ids = IdCollector.forListedWork();
        String refSource = null;
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "RefSource" -> refSource = c.text();
                case "PMID" -> ids.add("pubmed", c.text());
                case "ArticleIdList" -> RecordElements.articleIdList(c, ids);
                default -> {
                }
            }
        }
        d.article.addRelation(new Relation(type, ids.listedWork(refSource)));
    }

    /** What a {@code CommentsCorrections/@RefType} says, or {@code null} for a type PubLD does not know. */
    static RelationType relationType(String refType) {
        return switch (refType) {
            case "Cites" -> RelationType.CITES;
            case "CommentIn" -> RelationType.COMMENT_IN;
            case "CommentOn" -> RelationType.COMMENT_ON;
            case "ErratumIn" -> RelationType.ERRATUM_IN;
            case "ErratumFor" -> RelationType.ERRATUM_FOR;
            // Retracted and replaced is a retraction first (NLM's DTD spells it RetractedandRepublished).
            case "RetractionIn", "RetractedandRepublishedIn", "RetractionAndReplacementIn" -> RelationType.RETRACTION_IN;
            case "RetractionOf", "RetractedandRepublishedFrom", "RetractionAndReplacementOf" -> RelationType.RETRACTION_OF;
            case "UpdateIn" -> RelationType.UPDATE_IN;
            case "UpdateOf" -> RelationType.UPDATE_OF;
            // Corrected and republished: the new version republishes the old one.
            case "RepublishedIn", "CorrectedandRepublishedIn" -> RelationType.REPUBLISHED_IN;
            case "RepublishedFrom", "CorrectedandRepublishedFrom" -> RelationType.REPUBLISHED_FROM;
            case "ReprintIn" -> RelationType.REPRINT_IN;
            case "ReprintOf" -> RelationType.REPRINT_OF;
            case "ExpressionOfConcernIn" -> RelationType.EXPRESSION_OF_CONCERN_IN;
            case "ExpressionOfConcernFor" -> RelationType.EXPRESSION_OF_CONCERN_FOR;
            case "SummaryForPatientsIn" -> RelationType.SUMMARY_FOR_PATIENTS_IN;
            case "OriginalReportIn" -> RelationType.ORIGINAL_REPORT_IN;
            default -> null;
        };
    }

    /** {@code ReferenceList}: its {@code Reference}s, and those of nested lists, in order. */
    static void referenceList(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "Reference" -> reference(c, d);
                case "ReferenceList" -> referenceList(c, d);
                default -> {
                }
            }
        }
    }

    private static void reference(XmlCursor c, RecordDraft d) throws XMLStreamException {
        IdCollector ids = IdCollector.forListedWork();
        String citation = null;
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "Citation" -> citation = c.text();
                case "ArticleIdList" -> RecordElements.articleIdList(c, ids);
                default -> {
                }
            }
        }
        if (citation != null || !ids.isEmpty()) {
            d.article.addRelation(new Relation(RelationType.CITES, ids.listedWork(citation)));
        }
    }
}
