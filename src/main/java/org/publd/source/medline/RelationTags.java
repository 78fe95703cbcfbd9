package org.publd.source.medline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publd.record.Article;
import org.publd.record.Relation;
import org.publd.record.RelationType;
import org.publd.record.WorkKind;

/**
 * The comments-and-corrections tags ({@code CIN - Science. 2010 Aug 20;329(5994):913-4. PMID: 20724626})
 * and the relations they state.
 */
final class RelationTags {
    // Corrected-and-republished (CRI/CRF) is a republication; partial retractions (PRIN/PROF) are left
    // out rather than stated as whole retractions.
    private static final Map<String, RelationType> TYPES = Map.ofEntries(
            Map.entry("CIN", RelationType.COMMENT_IN), Map.entry("CON", RelationType.COMMENT_ON),
            Map.entry("EIN", RelationType.ERRATUM_IN), Map.entry("EFR", RelationType.ERRATUM_FOR),
            Map.entry("RIN", RelationType.RETRACTION_IN), Map.entry("ROF", RelationType.RETRACTION_OF),
            Map.entry("UIN", RelationType.UPDATE_IN), Map.entry("UOF", RelationType.UPDATE_OF),
            Map.entry("RPI", RelationType.REPUBLISHED_IN), Map.entry("RPF", RelationType.REPUBLISHED_FROM),
            Map.entry("CRI", RelationType.REPUBLISHED_IN), Map.entry("CRF", RelationType.REPUBLISHED_FROM),
            Map.entry("ECI", RelationType.EXPRESSION_OF_CONCERN_IN),
            Map.entry("ECF", RelationType.EXPRESSION_OF_CONCERN_FOR),
            Map.entry("SPIN", RelationType.SUMMARY_FOR_PATIENTS_IN),
            Map.entry("ORI", RelationType.ORIGINAL_REPORT_IN));
    private static final Pattern PMID = Pattern.compile("(.*?)\\.?\\s*PMID:\\s*(\\d+)\\s*\\.?");

    private RelationTags() {
    }

    /** The relation a tag states, or {@code null} when it is not such a tag. */
    static RelationType type(String tag) {
        return TYPES.get(tag);
    }

    /** The relation, its target holding the citation as written and the PMID when given. */
    static Relation parse(RelationType type, String value) {
        Matcher m = PMID.matcher(value);
        Article.Builder target = Article.builder().kind(WorkKind.LISTED_WORK);
        if (m.matches()) {
            target.pmid(m.group(2)).citationText(m.group(1).strip());
        } else {
            target.citationText(value.strip());
        }
        return new Relation(type, target.build());
    }
}
