/**
 * What the server reads, and from where: {@link org.publd.server.read.ReadStore} is the one way in for
 * every page, description and count (Linked Data descriptions by subject, incoming links by object,
 * record graphs, the figures of the landing page and VoID, sample records, and the server's own
 * SELECT, CONSTRUCT and ASK queries with its timeout and row cap). {@link org.publd.server.read.LocalStore}
 * reads a dataset in this process. The store's {@link org.publd.server.read.DataVersion} says when what
 * was computed from the data may be kept; a store that does not answer throws
 * {@link org.publd.server.read.StoreUnavailable}, which the server turns into 502 or 504.
 *
 * <pre>
 * ReadStore store = new LocalStore(dsg, Duration.ofSeconds(30), 10_000);
 * List&lt;Triple&gt; about = store.bySubject(iri, Node.ANY, 2000);
 * RowSet rows = store.select(QueryFactory.create("SELECT ?t WHERE { ?w &lt;http://purl.org/dc/terms/title&gt; ?t }"),
 *         Map.of("w", iri));
 * </pre>
 */
package org.publd.server.read;
