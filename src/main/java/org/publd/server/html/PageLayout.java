package org.publd.server.html;

/** The frame every PubLD page shares: head, style, navigation and footer. */
final class PageLayout {
    private static final String STYLE = """
            :root{--fg:#1d2330;--muted:#5b6475;--line:#e3e6ec;--accent:#1f5fae;--bg:#fff;--soft:#f6f7f9}
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
            header.site{border-bottom:1px solid var(--line);padding:.6rem 1.2rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:baseline}
            header.site a{color:var(--fg);text-decoration:none}
            header.site .brand{font-weight:700}
            main{max-width:60rem;margin:0 auto;padding:1.2rem;overflow-wrap:anywhere}
            a{color:var(--accent)}
            h1{font-size:1.6rem;line-height:1.3;margin:.2rem 0 .6rem}
            h2{font-size:1.05rem;margin:1.6rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
            .kind{color:var(--muted);font-size:.9rem;font-weight:600;letter-spacing:.02em}
            .iri{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;color:var(--muted);word-break:break-all}
            .authors a{display:inline-block;max-width:100%}
            .meta{color:var(--muted)}
            .abstract p{margin:.5rem 0}
            ul.plain{list-style:none;padding:0;margin:0}
            ul.plain li{margin:.25rem 0}
            .tags span{display:inline-block;background:var(--soft);border:1px solid var(--line);border-radius:1rem;padding:0 .6rem;margin:.15rem .2rem .15rem 0;font-size:.9rem}
            .tags span.major{font-weight:600;border-color:#b8c7dd}
            table.props{border-collapse:collapse;width:100%}
            table.props td,table.props th{border-top:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
            table.props th{font-weight:500;color:var(--muted);width:14rem;font-size:.9rem}
            table.props th .iri{font-size:.8rem}
            table.statements th{width:13rem}
            table.statements td:first-child{width:12rem}
            details.all{margin-top:2rem}
            details.all summary{cursor:pointer;font-weight:600}
            section.term{margin-top:1.4rem}
            section.term h3{margin:.2rem 0}
            @media (max-width:40rem){table.props th,table.statements th{width:8rem}table.statements td:first-child{width:5rem}}
            .formats a{margin-right:.8rem;white-space:nowrap}
            footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);margin-top:2rem;padding:1rem 1.2rem;text-align:center}
            header.site form{margin-left:auto;flex:0 1 16rem}
            input[type=search]{font:inherit;width:100%;padding:.2rem .5rem;border:1px solid var(--line);border-radius:4px}
            pre{background:var(--soft);padding:.8rem;overflow:auto;border:1px solid var(--line);border-radius:4px}
            """;

    private PageLayout() {
    }

    /** Opens a page: everything up to and including {@code <main>}. */
    static void open(HtmlBuilder h, String title, String extraHead) {
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>").text(title).raw(" · PubLD</title><style>").raw(STYLE).raw("</style>");
        if (extraHead != null) {
            h.raw(extraHead);
        }
        h.raw("</head><body><header class=\"site\"><a class=\"brand\" href=\"/\">PubLD</a>")
                .raw("<a href=\"/sparql\">SPARQL</a><a href=\"/void\">Dataset</a><a href=\"/ns\">Vocabulary</a>")
                .raw("<form role=\"search\" action=\"/search\"><input type=\"search\" name=\"q\" placeholder=\"Search articles\"")
                .raw(" aria-label=\"Search articles\"></form></header><main>");
    }

    /** Closes what {@link #open} opened. */
    static void close(HtmlBuilder h) {
        h.raw("</main><footer>Data from PubMed (U.S. National Library of Medicine), published as Linked Data by PubLD.")
                .raw("</footer></body></html>\n");
    }
}
