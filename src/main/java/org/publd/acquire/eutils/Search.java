package org.publd.acquire.eutils;

/**
 * A search kept on NCBI's history server: how many hits it has, and the {@code WebEnv} and
 * {@code query_key} that EFetch takes to page through them.
 */
public record Search(long count, String webEnv, String queryKey) {
}
