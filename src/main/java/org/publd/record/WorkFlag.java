package org.publd.record;

/** Notes PubMed prints beside a listed work. */
public enum WorkFlag {
    /** "Free PMC article". */
    FREE_PMC_ARTICLE,
    /** "No abstract available". */
    NO_ABSTRACT
}
