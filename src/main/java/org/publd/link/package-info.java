/**
 * Linkers: commands that find, in another knowledge graph, the resources the records describe, and
 * store the links in a named graph of their own, {@code B graph/links/{target}}. The links graph is
 * part of the union default graph, so plain queries see the links; it records its own provenance
 * ({@code prov:wasDerivedFrom} the service or file the links came from, {@code prov:generatedAtTime},
 * {@code prov:wasAttributedTo} the software), and reloading a record never touches it.
 */
package org.publd.link;
