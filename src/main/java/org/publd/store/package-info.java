/**
 * The TDB2 database PubLD loads records into and serves from.
 *
 * <p>The data: one named graph per record ({@link org.publd.mapping.IriScheme#graph}), holding everything that
 * record says, including what it says about other works (references, comments...) and its own
 * provenance ({@code <graph> a prov:Entity; prov:wasDerivedFrom; prov:generatedAtTime;
 * prov:wasAttributedTo; dcterms:modified}). Nothing is stored in the real default graph: queries
 * see the union of the record graphs there, because {@link org.publd.store.Tdb2Store} sets TDB2's
 * {@code unionDefaultGraph} in the dataset context (a stock Fuseki needs
 * {@code --set tdb2:unionDefaultGraph=true} for the same view).
 *
 * <p>Loading ({@link org.publd.store.StoreLoader}) treats a graph as the unit of change: a record
 * loaded again replaces its graph as a whole, a {@code DeleteCitation} drops it, and only whole
 * records are ever committed, so a failed or killed load leaves the database consistent and a
 * rerun completes it. A reloaded record whose content did not change is left as it is, keeping its
 * first {@code prov:generatedAtTime}: loading the same input twice leaves exactly the same dataset.
 *
 * <p>{@link org.publd.store.Tdb2Store} is the one place a database is opened: loading creates one
 * in an absent or empty directory, every other command (and the server) opens an existing one and
 * refuses any other directory, creating nothing there. {@link org.publd.store.StoreExport} is the one
 * place the dataset is written out, by {@code publd export} and into the dump file
 * ({@link org.publd.store.DatasetDump}, a version at a time in {@code DIR/dumps/}) that load and link write and the server sends.
 *
 * <p>Beside the data, in {@code DIR/text-index/}, the {@link org.publd.store.SearchIndex}: a Lucene
 * document per indexed statement (title, abstract, name, journal name, label) and graph, made from the
 * data and kept current by every write through {@link org.publd.store.Tdb2Store#dataset()}; the
 * data's stamp leaves it out.
 *
 * <pre>
 * try (Tdb2Store store = Tdb2Store.open(Path.of("DB"))) {
 *     Txn.executeRead(store.dataset(), () -&gt; ...);
 * }
 * </pre>
 */
package org.publd.store;
