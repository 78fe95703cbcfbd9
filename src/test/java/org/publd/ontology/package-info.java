/**
 * Tests of PubLD's published artefacts in {@code ontology/}: the ontology ({@code publd.ttl}), the
 * SHACL shapes ({@code shapes.ttl}) and the mapping documentation ({@code README.md}), against the
 * output of the mapper.
 *
 * <p>The support classes are meant for any test of mapped output, such as one that runs real
 * PubMed samples through the parser and the mapper:
 * {@link org.publd.ontology.MappingLib} maps records in memory with fixed provenance,
 * {@link org.publd.ontology.ShapesLib#assertConforms(org.apache.jena.graph.Graph)} validates a
 * record graph (or every graph of a dataset), and
 * {@link org.publd.ontology.VocabularyCheck#undefinedTerms(org.apache.jena.graph.Graph)} lists the
 * terms that no vocabulary defines. {@link org.publd.ontology.SampleArticles} holds hand-built
 * records that together use every feature of the mapping.
 */
package org.publd.ontology;
