/**
 * Vocabulary constants as Jena {@code Node}s, one class per namespace (CiTO, FaBiO, PRISM, FRAPO,
 * PROV and PubLD's own terms), holding only the terms PubLD emits. Dublin Core terms, FOAF, OWL,
 * RDFS and XSD come from Jena's own vocabulary classes. {@link org.publd.mapping.vocab.Prefixes}
 * is the prefix map every writer uses.
 */
package org.publd.mapping.vocab;
