package org.publd.acquire.sync;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.publd.PubldException;
import org.publd.net.NetException;
import org.publd.net.PoliteClient;

/** NCBI's tree, or a mirror of it, over HTTP(S): folders read through their HTML indexes, files downloaded. */
final class HttpTree implements SourceTree {
    private final URI root;
    private final PoliteClient http;

    HttpTree(URI root, PoliteClient http) {
        this.root = root.getPath().endsWith("/") ? root : URI.create(root + "/");
        this.http = http;
    }

    @Override
    public List<NlmFile> list(boolean updates) {
        URI folder = root.resolve((updates ? UPDATES : BASELINE) + "/");
        Optional<String> index = text(folder);
        if (index.isEmpty()) {
            if (updates) {
                return List.of();
            }
            throw new PubldException(folder + ": not found (HTTP 404): not a tree laid out as NCBI publishes PubMed");
        }
        Map<String, Long> files = DirectoryIndex.files(index.get());
        return files.entrySet().stream().map(e -> NlmFile.parse(e.getKey(), updates, e.getValue()))
                .flatMap(Optional::stream).toList();
    }

    @Override
    public String md5(NlmFile file) {
        URI uri = uri(file, file.md5Name());
        String text = text(uri).orElseThrow(() -> new PubldException(uri + ": not found (HTTP 404):"
                + " every file of NCBI's tree has its .md5 beside it"));
        return Md5.parse(text, file.name());
    }

    @Override
    public Path fetch(NlmFile file, Downloads downloads, LongConsumer bytes) {
        Path done = downloads.complete(file);
        if (Files.exists(done)) {
            return done;
        }
        Path part = downloads.part(file);
        long[] had = {0};
        http.download(uri(file, file.name()), part, size -> {
            bytes.accept(size - had[0]);
            had[0] = size;
        });
        return downloads.finished(file);
    }

    @Override
    public boolean remote() {
        return true;
    }

    @Override
    public String describe() {
        return root.toString();
    }

    // The text at uri, or empty when the server answers 404.
    private Optional<String> text(URI uri) {
        try {
            return Optional.of(new String(http.send(HttpRequest.newBuilder(uri).GET().build()).body(), StandardCharsets.UTF_8));
        } catch (NetException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private URI uri(NlmFile file, String name) {
        return root.resolve(file.folder() + "/" + name);
    }
}
