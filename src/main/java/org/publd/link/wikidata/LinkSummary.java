package org.publd.link.wikidata;

import java.time.Duration;

/**
 * What a linking run did.
 *
 * @param lookedUp       resources this run tried to look up: found + not found + failed
 * @param found          resources linked to at least one item
 * @param notFound       resources Wikidata has no item for (they are not looked up again)
 * @param failed         resources of batches that failed after every retry (a rerun looks them up)
 * @param alreadyChecked resources skipped because an earlier run looked them up
 * @param links          {@code owl:sameAs} links written
 * @param elapsed        how long the run took
 */
public record LinkSummary(long lookedUp, long found, long notFound, long failed, long alreadyChecked, long links,
                          Duration elapsed) {
}
