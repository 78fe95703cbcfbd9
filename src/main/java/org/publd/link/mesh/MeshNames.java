package org.publd.link.mesh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MeSH names to UIs: each record's own name, and its entry terms (the names of all its concepts'
 * terms). Names match case-insensitively with runs of white space folded to one space.
 *
 * <pre>
 * MeshNames names = MeshFiles.read(List.of(Path.of("mesh.nt.gz")));
 * names.lookup("ketamine", EnumSet.of(MeshKind.DESCRIPTOR)).ui();   // "D007649"
 * </pre>
 */
public final class MeshNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, MeshKind> kinds;
    // Values are a UI (String) or several (String[]): most names name one record, and the full
    // vocabulary has about a million names, so a list per name would double the index's size.
    private final Map<String, Object> names;
    private final Map<String, Object> entryTerms;

    private MeshNames(Builder b) {
        this.kinds = b.kinds;
        this.names = b.names;
        this.entryTerms = b.entryTerms;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The records of an allowed kind that {@code name} names: by their own name first; only when no
     * record has that name, by an entry term. Empty when unknown, more than one when ambiguous.
     */
    public Lookup lookup(String name, Set<MeshKind> allowed) {
        String key = key(name);
        List<String> byName = filter(names.get(key), allowed);
        return new Lookup(byName.isEmpty() ? filter(entryTerms.get(key), allowed) : byName);
    }

    /** How many records the index knows. */
    public int records() {
        return kinds.size();
    }

    private List<String> filter(Object uis, Set<MeshKind> allowed) {
        List<String> out = new ArrayList<>(1);
        for (String ui : uis(uis)) {
            MeshKind kind = kinds.get(ui);
            if (kind != null && allowed.contains(kind)) {
                out.add(ui);
            }
        }
        return out;
    }

    private static String[] uis(Object value) {
        if (value == null) {
            return new String[0];
        }
        return value instanceof String s ? new String[] {s} : (String[]) value;
    }

    /** The form names are compared in. */
    static String key(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The UIs a name stands for. */
    public record Lookup(List<String> uis) {
        public Lookup {
            uis = List.copyOf(uis);
        }

        /** The one UI, or {@code null} when the name is unknown or ambiguous. */
        public String ui() {
            return uis.size() == 1 ? uis.get(0) : null;
        }

        public boolean ambiguous() {
            return uis.size() > 1;
        }
    }

    /** Collects records and names in any order, as a vocabulary file gives them. */
    public static final class Builder {
        private final Map<String, MeshKind> kinds = new HashMap<>();
        private final Map<String, Object> names = new HashMap<>();
        private final Map<String, Object> entryTerms = new HashMap<>();

        private Builder() {
        }

        /** A record and its kind; names of records never declared are ignored. */
        public Builder record(String ui, MeshKind kind) {
            kinds.put(ui, kind);
            return this;
        }

        /** The record's own name (its preferred term). */
        public Builder name(String ui, String name) {
            add(names, key(name), ui);
            return this;
        }

        /** Another name of the record: any term of any of its concepts. */
        public Builder entryTerm(String ui, String term) {
            add(entryTerms, key(term), ui);
            return this;
        }

        public MeshNames build() {
            return new MeshNames(this);
        }

        private static void add(Map<String, Object> map, String key, String ui) {
            map.merge(key, ui.intern(), (old, ignored) -> {
                String[] uis = uis(old);
                if (Arrays.asList(uis).contains(ui)) {
                    return old;
                }
                String[] more = Arrays.copyOf(uis, uis.length + 1);
                more[uis.length] = ui.intern();
                return more;
            });
        }
    }
}
