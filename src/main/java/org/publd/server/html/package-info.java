/**
 * Pages for people: a work's page (title, authors, journal, abstract, identifiers, subjects, funding,
 * related works both ways), a property table for every other resource, the landing page and the
 * SPARQL query page. All data goes through an escaping builder; only literal markup is written raw.
 */
package org.publd.server.html;
