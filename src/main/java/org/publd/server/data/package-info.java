/**
 * The dataset as a whole: counts computed from the data ({@link org.publd.server.data.DatasetStatistics}),
 * its VoID description at {@code B void}, and the gzipped N-Quads dump: a file ({@link org.publd.server.data.ServedDump})
 * sent as a static file, with {@code ETag} and byte ranges.
 */
package org.publd.server.data;
