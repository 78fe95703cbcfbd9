package org.publd.acquire.sync;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.publd.PubldException;

/** NCBI's tree, or a mirror of it, over HTTP(S): folders read through their HTML indexes, files downloaded. */
final class HttpTree implements SourceTree {
    private final URI root;
    private final HttpGet http;

    HttpTree(URI root, HttpGet http) {
        this.root = root.getPath().endsWith("/") ? root : URI.create(root + "/");
        this.http = http;
    }

    @Override
    public List<NlmFile> list(boolean updates) {
        URI folder = root.resolve((updates ? UPDATES : BASELINE) + "/");
        Optional<String> index = http.text(folder);
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
        String text = http.text(uri).orElseThrow(() -> new PubldException(uri + ": not found (HTTP 404):"
                + " every file of NCBI's tree has its .md5 beside it"));
        return Md5.parse(text, file.name());
    }

    @Override
    public Path fetch(NlmFile file, Downloads downloads, LongConsumer bytes) {
        Path done = downloads.complete(file);
        if (java.nio.file.Files.exists(done)) {
            return done;
        }
        Path part = downloads.part(file);
        http.download(uri(file, file.name()), part, bytes);
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

    private URI uri(NlmFile file, String name) {
        return root.resolve(file.folder() + "/" + name);
    }
}
