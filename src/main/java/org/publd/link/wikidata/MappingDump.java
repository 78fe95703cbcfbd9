package org.publd.link.wikidata;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.publd.mapping.IriScheme;

/**
 * An offline mapping from identifiers to Wikidata items, read whole into memory, for
 * {@code --from FILE}. Two shapes are read:
 *
 * <ul>
 * <li>CSV ({@code .csv}) or TSV ({@code .tsv}, {@code .tab}) with a header row: one or more of the
 * columns {@code pmid}, {@code doi}, {@code pmcid}, {@code issn}, {@code orcid}, and the item in a
 * column {@code qid} or {@code item}, as a QID ({@code Q42}, {@code wd:Q42}) or an entity IRI;</li>
 * <li>RDF in any syntax Jena reads from the file name (N-Triples, Turtle...), with Wikidata's direct
 * properties: {@code wd:Q42 wdt:P698 "123"}.</li>
 * </ul>
 */
public final class MappingDump implements Resolver {
    private final List<String> sources = new ArrayList<>();
    private final Map<WikidataProperty, Map<String, Set<String>>> items = new EnumMap<>(WikidataProperty.class);

    private MappingDump() {
    }

    /** Reads one dump; see {@link #read(List, IriScheme)}. */
    public static MappingDump read(Path file, IriScheme iris) {
        return read(List.of(file), iris);
    }

    /**
     * Reads {@code files} into one mapping (an identifier mapped in several keeps every item),
     * choosing each one's shape by its extension; provenance names each by its file name under the
     * base of {@code iris}, not by its path.
     */
    public static MappingDump read(List<Path> files, IriScheme iris) {
        MappingDump dump = new MappingDump();
        for (Path file : files) {
            dump.readFile(file);
            dump.sources.add(iris.source(file.getFileName().toString()).getURI());
        }
        return dump;
    }

    private void readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MappingDumpException(file + ": no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            readTable(file, CSVFormat.RFC4180);
        } else if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            readTable(file, CSVFormat.TDF);
        } else {
            Lang lang = RDFLanguages.filenameToLang(name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name);
            if (lang == null || RDFLanguages.isQuads(lang) && !lang.equals(Lang.NQUADS)) {
                throw new MappingDumpException(file + ": unknown kind of file; expected .csv, .tsv or an RDF syntax (.nt, .ttl...)");
            }
            readRdf(file, lang);
        }
    }

    @Override
    public Map<String, Set<String>> resolve(WikidataProperty property, Collection<String> values) {
        Map<String, Set<String>> known = items.getOrDefault(property, Map.of());
        Map<String, Set<String>> found = new HashMap<>();
        for (String v : values) {
            Set<String> qids = known.get(v);
            if (qids != null) {
                found.put(v, qids);
            }
        }
        return found;
    }

    @Override
    public List<String> sources() {
        return List.copyOf(sources);
    }

    /** A dump's links are facts, not lookups: they apply to every resource, looked up before or not, and mark none. */
    @Override
    public boolean looksUp() {
        return false;
    }

    /** How many identifiers of {@code property} the dump maps. */
    public int size(WikidataProperty property) {
        return items.getOrDefault(property, Map.of()).size();
    }

    private void add(WikidataProperty property, String value, String qid) {
        items.computeIfAbsent(property, k -> new HashMap<>())
                .computeIfAbsent(property.wikidataForm(value), k -> new TreeSet<>()).add(qid);
    }

    private void readTable(Path file, CSVFormat base) {
        CSVFormat format = base.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            Map<WikidataProperty, String> idColumns = new EnumMap<>(WikidataProperty.class);
            String itemColumn = null;
            for (String h : parser.getHeaderNames()) {
                String column = h.strip().toLowerCase(Locale.ROOT);
                if (column.equals("qid") || column.equals("item")) {
                    itemColumn = h;
                } else {
                    WikidataProperty.ofColumn(column).ifPresent(p -> idColumns.put(p, h));
                }
            }
            if (itemColumn == null || idColumns.isEmpty()) {
                throw new MappingDumpException(file + ": the header must name a column qid or item and at least one of"
                        + " pmid, doi, pmcid, issn, orcid; found " + parser.getHeaderNames());
            }
            for (CSVRecord row : parser) {
                String item = row.isSet(itemColumn) ? row.get(itemColumn) : "";
                String qid = qidOf(item);
                if (qid == null) {
                    throw new MappingDumpException(file + ": line " + parser.getCurrentLineNumber()
                            + ": not a Wikidata item: '" + item + "'");
                }
                for (Map.Entry<WikidataProperty, String> c : idColumns.entrySet()) {
                    String v = row.isSet(c.getValue()) ? row.get(c.getValue()) : "";
                    if (!v.isBlank()) {
                        add(c.getKey(), v, qid);
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new MappingDumpException(file + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new MappingDumpException(file + ": not a valid table: " + e.getMessage(), e);
        }
    }

    private void readRdf(Path file, Lang lang) {
        try {
            RDFParser.source(file).lang(lang).errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerNoLogging).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    WikidataProperty.ofNode(t.getPredicate()).ifPresent(p -> {
                        String qid = LookupQuery.qid(t.getSubject());
                        if (qid == null || !t.getObject().isLiteral()) {
                            throw new MappingDumpException(file + ": expected an item and a literal in " + t);
                        }
                        add(p, t.getObject().getLiteralLexicalForm(), qid);
                    });
                }
            });
        } catch (RiotException e) {
            throw new MappingDumpException(file + ": not valid " + lang.getLabel() + ": " + e.getMessage(), e);
        }
    }

    /** {@code Q42}, {@code wd:Q42} or an entity IRI, as a QID; {@code null} for anything else. */
    static String qidOf(String text) {
        String t = text.strip();
        if (t.startsWith("wd:")) {
            t = t.substring(3);
        }
        if (t.matches("Q[1-9][0-9]*")) {
            return t;
        }
        return t.startsWith("http") ? LookupQuery.qid(org.apache.jena.graph.NodeFactory.createURI(t)) : null;
    }
}
