package org.publd.acquire.sync;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.net.PoliteClient;

/**
 * A sync for a test to kill while it applies a file: {@code UnfinishedSync DB SOURCE} syncs as {@code publd sync
 * --jobs 2} does, prints {@code applying} once some records of the second file have gone into its open
 * transaction, and then stops there until it is killed. So the test kills a sync that has certainly committed the
 * first file and certainly not the second, in the middle of writing it.
 */
public final class UnfinishedSync {
    private UnfinishedSync() {
    }

    public static void main(String[] args) throws Exception {
        Sync sync = new Sync(args[1], PoliteClient.builder().build(), Path.of(args[0]),
                new RecordMapper(MappingOptions.defaults()), new Sync.Options(null, false, null, 2));
        sync.run(new Sync.Listener() {
            private int file;

            @Override
            public void starting(int index, Sync.PlannedFile planned) {
                file = index;
            }

            @Override
            public void read(long bytes, long records) {
                if (file == 2 && records > 0) {
                    System.out.println("applying");
                    System.out.flush();
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
    }
}
