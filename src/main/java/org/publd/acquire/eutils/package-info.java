/**
 * Records by PMID or by search from NCBI's E-utilities ({@code publd fetch}). The data is PubMed XML
 * as EFetch answers it: a {@code PubmedArticleSet} per request, holding one {@code PubmedArticle}
 * (or {@code PubmedBookArticle}) per record NCBI knows; a PMID it does not know is simply absent.
 * A search is ESearch's {@code Count}, {@code WebEnv} and {@code QueryKey} on the history server,
 * which EFetch pages through with {@code retstart} and {@code retmax}.
 *
 * <p>{@link org.publd.acquire.eutils.EutilsClient} speaks to the service as NCBI asks;
 * {@link org.publd.acquire.eutils.PubmedFetch} decides what to ask for and hands each answer to a
 * target: a database ({@link org.publd.acquire.eutils.DatabaseTarget}) or one XML file
 * ({@link org.publd.acquire.eutils.ArticleSetWriter}).
 */
package org.publd.acquire.eutils;
