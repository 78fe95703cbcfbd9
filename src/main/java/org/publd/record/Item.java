package org.publd.record;

/** What an input yields, in input order: a record, or a list of records to delete. */
public sealed interface Item permits Article, DeletedCitations {
}
