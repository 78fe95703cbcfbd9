/**
 * {@code publd link wikidata}: finds the Wikidata item of each work, journal and author in a
 * database and writes {@code owl:sameAs wd:Q…} (Wikidata's concept IRI) into the links graph
 * {@code B graph/links/wikidata}.
 *
 * <p>The data looked up: a record's work by its PMID (Wikidata property P698), else its DOI (P356,
 * which Wikidata stores in upper case), else its PMCID (P932, stored without the {@code PMC} prefix);
 * a journal by its ISSNs (P236); an author by the ORCID iD (P496) of its {@code owl:sameAs} link
 * to ORCID. Only a record's own work is looked up, not the works its lists name.
 * A resource whose identifier matches several items (Wikidata duplicates) is linked to each.
 *
 * <p>Bookkeeping: every resource looked up, found or not, gets {@code publd:wikidataCheckedAt} in
 * the links graph, committed with its links in the same transaction, one batch at a time. A rerun
 * skips the resources that have it, so an interrupted or partly failed run resumes where it stopped
 * and a crash loses at most the batch in flight.
 *
 * <p>The sources: a Wikidata-style SPARQL endpoint ({@link org.publd.link.wikidata.EndpointResolver},
 * queried politely by {@link org.publd.link.wikidata.SparqlClient}) or an offline mapping dump
 * ({@link org.publd.link.wikidata.MappingDump}).
 *
 * <pre>
 * WikidataLinker linker = new WikidataLinker(dsg, iris, resolver, source, 200);
 * LinkSummary s = linker.run(WikidataLinker.Listener.NONE);
 * </pre>
 */
package org.publd.link.wikidata;
