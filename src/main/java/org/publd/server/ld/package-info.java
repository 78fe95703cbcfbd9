/**
 * Linked Data: a request path under the base names the resource {@code base + path}; its description
 * (statements from every graph, incoming links, labels of what it links to) is served by content
 * negotiation or by file extension, in HTML, Turtle, JSON-LD, N-Triples or RDF/XML.
 */
package org.publd.server.ld;
