/**
 * Acquiring records from NCBI: {@code sync} mirrors PubMed's baseline and daily update files,
 * {@link org.publd.acquire.eutils eutils} fetches records by PMID or by search from the E-utilities.
 * Both talk to NCBI through the polite client of {@link org.publd.net} and load what they receive
 * through the same pipeline and store as {@code publd load}.
 */
package org.publd.acquire;
