/**
 * The dataset as a whole: counts computed from the data ({@link org.publd.server.data.DatasetStatistics}),
 * its VoID description at {@code B void}, and the gzipped dumps: files ({@link org.publd.server.data.ServedDump})
 * sent as static files, with {@code ETag} and byte ranges. Each write of the dump is a new version
 * under file names of its own, and a download is answered from the version current when it began,
 * kept until its response has ended: a file rewritten in place could change between the moment its
 * length is sent and the moment it is read. The URLs VoID lists stay, and always answer with the newest.
 */
package org.publd.server.data;
