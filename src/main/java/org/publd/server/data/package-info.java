/**
 * The dataset as a whole: counts computed from the data ({@link org.publd.server.data.DatasetStatistics}),
 * its VoID description at {@code B void}, and the gzipped N-Quads dump.
 */
package org.publd.server.data;
