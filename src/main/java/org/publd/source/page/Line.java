package org.publd.source.page;

/**
 * One line of the page.
 *
 * @param text   the line, stripped
 * @param number its 1-based line number
 */
record Line(String text, int number) {
}
