package org.publd.cli;

import org.publd.pipeline.RecordPipeline;

/** One progress bar for inputs read at once, each by a run of its own that counts only its own bytes. */
final class ProgressSum {
    private final RecordPipeline.ProgressListener whole;
    private long done;

    ProgressSum(RecordPipeline.ProgressListener whole) {
        this.whole = whole;
    }

    /** A listener for one run: what it reports is added to the others'. */
    RecordPipeline.ProgressListener part() {
        long[] last = {0};
        return (partDone, partTotal) -> {
            synchronized (this) {
                done += partDone - last[0];
                last[0] = partDone;
                whole.progress(done, -1);
            }
        };
    }
}
