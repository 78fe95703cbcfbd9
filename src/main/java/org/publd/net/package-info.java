/**
 * The network: one polite HTTP client for every service PubLD talks to (NCBI's E-utilities and
 * download server, Wikidata's SPARQL endpoints). Politeness is the services' own rules: a
 * {@code User-Agent} that names PubLD, its version and who runs it; a request rate, counted over any
 * one second; retries of 429, 5xx and timeouts with exponential backoff, waiting as long as a
 * {@code Retry-After} asks; downloads streamed to a file and resumed with {@code Range}.
 *
 * <p>Whatever goes wrong reaches callers as one {@link org.publd.net.NetException}, whose message
 * names the host and the cause (connection refused, unknown host, timeout, TLS, an HTTP status) and
 * which says whether the host could be reached at all, so that a caller can stop instead of trying
 * batch after batch. The package depends on nothing of PubLD but its root exception.
 */
package org.publd.net;
