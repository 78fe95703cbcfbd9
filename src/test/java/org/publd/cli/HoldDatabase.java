package org.publd.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import org.publd.store.Tdb2Store;

/** Another process with a database open: opens the one named, says {@code ready}, and holds it until stdin ends. */
final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Tdb2Store store = Tdb2Store.open(Path.of(args[0]));
        try {
            System.out.println("ready");
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream());
        } finally {
            store.close();
        }
    }
}
