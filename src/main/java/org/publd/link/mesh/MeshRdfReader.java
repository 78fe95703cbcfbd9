package org.publd.link.mesh;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.publd.PubldException;
import org.publd.mapping.IriScheme;

/**
 * Reads NLM's MeSH RDF ({@code mesh.nt}, about 2 GB of N-Triples) into a {@link MeshNames.Builder}
 * as a stream, keeping only what names need: each record's kind and {@code rdfs:label}, and the
 * labels of its terms, reached through
 * <pre>
 * record  meshv:preferredConcept|meshv:concept  concept
 * concept meshv:preferredTerm|meshv:term        term      (a record may also have terms directly)
 * term    meshv:prefLabel|meshv:altLabel        "name"@en
 * </pre>
 * The triples come in no promised order, so the links are joined once the file has been read.
 */
final class MeshRdfReader {
    // Descriptors, qualifiers and supplementary concepts; concepts (M…), terms (T…) and pairs (D…Q…) are not records.
    private static final Pattern RECORD_UI = Pattern.compile("[DQC]\\d+");
    private static final Map<Node, MeshKind> KINDS = Map.ofEntries(
            Map.entry(MESHV.TopicalDescriptor, MeshKind.DESCRIPTOR),
            Map.entry(MESHV.GeographicalDescriptor, MeshKind.DESCRIPTOR),
            Map.entry(MESHV.CheckTag, MeshKind.DESCRIPTOR),
            Map.entry(MESHV.PublicationType, MeshKind.PUBLICATION_TYPE),
            Map.entry(MESHV.Qualifier, MeshKind.QUALIFIER),
            Map.entry(MESHV.SCR_Anatomy, MeshKind.SUPPLEMENTARY),
            Map.entry(MESHV.SCR_Chemical, MeshKind.SUPPLEMENTARY),
            Map.entry(MESHV.SCR_Disease, MeshKind.SUPPLEMENTARY),
            Map.entry(MESHV.SCR_Organism, MeshKind.SUPPLEMENTARY),
            Map.entry(MESHV.SCR_Population, MeshKind.SUPPLEMENTARY),
            Map.entry(MESHV.SCR_Protocol, MeshKind.SUPPLEMENTARY));

    private MeshRdfReader() {
    }

    /**
     * Adds the file's records and names to {@code names}.
     *
     * @param lang the syntax, N-Triples for NLM's file
     */
    static void read(String fileName, InputStream in, Lang lang, MeshNames.Builder names) {
        Collector c = new Collector(names);
        try {
            RDFParser.source(in).lang(lang).errorHandler(new Failing(fileName, lang)).parse(c);
        } catch (RiotException e) {
            throw new PubldException(fileName + ": cannot read as " + lang.getName() + ": " + e.getMessage(), e);
        }
        c.join();
    }

    /** Stops at the first error with the file and line, instead of RIOT's default of logging it too. */
    private record Failing(String fileName, Lang lang) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            // NLM's file is clean; a warning (an odd IRI) does not stop names from being read.
        }

        @Override
        public void error(String message, long line, long col) {
            throw new PubldException(fileName + ": line " + line + ": not " + lang.getName() + ": " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            error(message, line, col);
        }
    }

    private static final class Collector extends StreamRDFBase {
        private final MeshNames.Builder names;
        private final Map<String, String> recordOfConcept = new HashMap<>();
        private final Map<String, List<String>> conceptsOfTerm = new HashMap<>();
        private final Map<String, List<String>> labelsOfTerm = new HashMap<>();

        Collector(MeshNames.Builder names) {
            this.names = names;
        }

        @Override
        public void triple(Triple t) {
            String s = local(t.getSubject());
            if (s == null) {
                return;
            }
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(RDF.Nodes.type)) {
                MeshKind kind = KINDS.get(o);
                if (kind != null && RECORD_UI.matcher(s).matches()) {
                    names.record(s, kind);
                }
            } else if (p.equals(RDFS.Nodes.label)) {
                if (english(o) && RECORD_UI.matcher(s).matches()) {
                    names.name(s, o.getLiteralLexicalForm());
                }
            } else if (p.equals(MESHV.preferredConcept) || p.equals(MESHV.concept)) {
                link(o, concept -> recordOfConcept.put(concept, s));
            } else if (p.equals(MESHV.preferredTerm) || p.equals(MESHV.term)) {
                if (RECORD_UI.matcher(s).matches()) {
                    recordOfConcept.put(s, s); // a term hung on the record itself
                }
                link(o, term -> conceptsOfTerm.computeIfAbsent(term, k -> new ArrayList<>(1)).add(s));
            } else if (p.equals(MESHV.prefLabel) || p.equals(MESHV.altLabel)) {
                if (english(o)) {
                    labelsOfTerm.computeIfAbsent(s, k -> new ArrayList<>(1)).add(o.getLiteralLexicalForm());
                }
            }
        }

        /** Gives every term label to the record its concept belongs to. */
        void join() {
            labelsOfTerm.forEach((term, labels) -> {
                for (String concept : conceptsOfTerm.getOrDefault(term, List.of())) {
                    String record = recordOfConcept.get(concept);
                    if (record != null) {
                        labels.forEach(label -> names.entryTerm(record, label));
                    }
                }
            });
        }

        private static void link(Node o, Consumer<String> to) {
            String id = local(o);
            if (id != null) {
                to.accept(id);
            }
        }

        /** The UI a MeSH IRI names ({@link IriScheme#meshUi}), or {@code null} for any other node. */
        private static String local(Node n) {
            return IriScheme.meshUi(n).orElse(null);
        }

        // NLM's file is English; other languages' labels would make names of other languages match.
        private static boolean english(Node o) {
            if (!o.isLiteral()) {
                return false;
            }
            String lang = o.getLiteralLanguage();
            return lang.isEmpty() || lang.equalsIgnoreCase("en") || lang.toLowerCase(Locale.ROOT).startsWith("en-");
        }
    }
}
