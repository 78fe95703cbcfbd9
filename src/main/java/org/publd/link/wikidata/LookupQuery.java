package org.publd.link.wikidata;

import java.util.Collection;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.publd.mapping.IriScheme;

/**
 * The SPARQL query that finds the items holding a batch of identifiers:
 *
 * <pre>
 * SELECT ?item ?value { VALUES ?value { "123" "456" } ?item wdt:P698 ?value }
 * </pre>
 *
 * Built with Jena's syntax tree, so identifiers are literals, never query text.
 */
public final class LookupQuery {
    /** The variable bound to the item IRI. */
    public static final Var ITEM = Var.alloc("item");
    /** The variable bound to the identifier. */
    public static final Var VALUE = Var.alloc("value");

    private LookupQuery() {
    }

    /** The query for {@code values} (in Wikidata's form) of {@code property}. */
    public static Query of(WikidataProperty property, Collection<String> values) {
        ElementData data = new ElementData();
        data.add(VALUE);
        for (String v : values) {
            data.add(BindingFactory.binding(VALUE, NodeFactory.createLiteralString(v)));
        }
        ElementPathBlock pattern = new ElementPathBlock();
        pattern.addTriple(Triple.create(ITEM, property.node(), VALUE));
        ElementGroup where = new ElementGroup();
        where.addElement(data);
        where.addElement(pattern);

        Query q = QueryFactory.create();
        q.setQuerySelectType();
        q.getPrefixMapping().setNsPrefix("wdt", WikidataProperty.DIRECT);
        q.addResultVar(ITEM);
        q.addResultVar(VALUE);
        q.setQueryPattern(where);
        return q;
    }

    /** The QID of an item IRI ({@link IriScheme#wikidataQid}), or {@code null} for anything else. */
    static String qid(Node item) {
        return item == null ? null : IriScheme.wikidataQid(item).orElse(null);
    }
}
