package org.publd.source.page;

import java.util.Locale;
import org.publd.record.RelationType;

/** The section headings a saved page can show, and what is under each. */
enum Heading {
    ABSTRACT("Abstract", Content.ABSTRACT, null),
    COMMENT_IN("Comment in", Content.WORKS, RelationType.COMMENT_IN),
    COMMENT_ON("Comment on", Content.WORKS, RelationType.COMMENT_ON),
    ERRATUM_IN("Erratum in", Content.WORKS, RelationType.ERRATUM_IN),
    ERRATUM_FOR("Erratum for", Content.WORKS, RelationType.ERRATUM_FOR),
    RETRACTION_IN("Retraction in", Content.WORKS, RelationType.RETRACTION_IN),
    RETRACTION_OF("Retraction of", Content.WORKS, RelationType.RETRACTION_OF),
    UPDATE_IN("Update in", Content.WORKS, RelationType.UPDATE_IN),
    UPDATE_OF("Update of", Content.WORKS, RelationType.UPDATE_OF),
    REPUBLISHED_IN("Republished in", Content.WORKS, RelationType.REPUBLISHED_IN),
    REPUBLISHED_FROM("Republished from", Content.WORKS, RelationType.REPUBLISHED_FROM),
    EXPRESSION_OF_CONCERN_IN("Expression of concern in", Content.WORKS, RelationType.EXPRESSION_OF_CONCERN_IN),
    EXPRESSION_OF_CONCERN_FOR("Expression of concern for", Content.WORKS, RelationType.EXPRESSION_OF_CONCERN_FOR),
    SUMMARY_FOR_PATIENTS_IN("Summary for patients in", Content.WORKS, RelationType.SUMMARY_FOR_PATIENTS_IN),
    ORIGINAL_REPORT_IN("Original report in", Content.WORKS, RelationType.ORIGINAL_REPORT_IN),
    SIMILAR_ARTICLES("Similar articles", Content.WORKS, RelationType.SIMILAR),
    CITED_BY("Cited by", Content.WORKS, RelationType.CITED_BY),
    REFERENCES("References", Content.WORKS, RelationType.CITES),
    PUBLICATION_TYPES("Publication types", Content.PUBLICATION_TYPES, null),
    MESH_TERMS("MeSH terms", Content.MESH_TERMS, null),
    SUBSTANCES("Substances", Content.SUBSTANCES, null),
    KEYWORDS("Keywords", Content.KEYWORDS, null),
    GRANTS("Grants and funding", Content.GRANTS, null),
    FIGURES("Figures", Content.NOTHING, null),
    CONFLICT_OF_INTEREST("Conflict of interest statement", Content.NOTHING, null),
    SUPPLEMENTARY_INFO("Supplementary info", Content.NOTHING, null),
    ASSOCIATED_DATA("Associated data", Content.NOTHING, null),
    RELATED_INFORMATION("Related information", Content.NOTHING, null),
    // Its sub-headings (Full Text Sources, Medical...) and link names are all lines under it.
    LINKOUT("LinkOut - more resources", Content.NOTHING, null);

    /** What a section holds. */
    enum Content { ABSTRACT, WORKS, PUBLICATION_TYPES, MESH_TERMS, SUBSTANCES, KEYWORDS, GRANTS, NOTHING }

    private final String text;
    private final Content content;
    private final RelationType relation;

    Heading(String text, Content content, RelationType relation) {
        this.text = text;
        this.content = content;
        this.relation = relation;
    }

    Content content() {
        return content;
    }

    /** The relation each entry states, for a list of works. */
    RelationType relation() {
        return relation;
    }

    /** The heading a line is, ignoring case and a final colon, or {@code null}. */
    static Heading of(String line) {
        String t = line.strip();
        if (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        String key = t.toLowerCase(Locale.ROOT);
        for (Heading h : values()) {
            if (h.text.toLowerCase(Locale.ROOT).equals(key)) {
                return h;
            }
        }
        return null;
    }
}
