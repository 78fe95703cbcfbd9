/**
 * {@code publd serve}: an embedded Fuseki publishing a PubLD dataset. The standard SPARQL endpoints
 * sit at {@code /ds}; every other path is Linked Data under the base IRI, plus the landing page, the
 * query page, VoID, the vocabulary and a dump. Read-only to the public by default: update needs a
 * password file, anonymous queries get a row cap and a timeout, and {@code SERVICE} is off.
 */
package org.publd.server;
