package org.publd.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.publd.server.SampleServer;

/** The REST API's OpenAPI description, checked by swagger-parser, and its documentation page, whose examples run. */
class TestApiDescription {
    @RegisterExtension
    static final SampleServer api = new SampleServer();

    @Test
    void openApiDocumentIsValidOpenApi3WithEveryOperation() {
        HttpResponse<String> r = api.get("/api/v1/openapi.json");
        assertEquals(200, r.statusCode());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(r.body(), null, options);
        assertEquals(List.of(), result.getMessages());
        OpenAPI doc = result.getOpenAPI();
        assertTrue(doc.getOpenapi().startsWith("3."));
        assertEquals(Set.of("/citations/{id}", "/references/{id}", "/citation-count/{id}", "/reference-count/{id}",
                "/citation/{oci}", "/metadata/{ids}"), doc.getPaths().keySet());
        Schema<?> citation = doc.getComponents().getSchemas().get("Citation");
        Schema<?> metadata = doc.getComponents().getSchemas().get("Metadata");
        assertEquals(CitationQueries.COLUMNS, List.copyOf(citation.getProperties().keySet()));
        assertEquals(MetadataQuery.COLUMNS, List.copyOf(metadata.getProperties().keySet()));
    }

    @Test
    void documentationPageExamplesRun() {
        HttpResponse<String> page = api.get("/api/v1/");
        assertEquals(200, page.statusCode());
        Matcher m = Pattern.compile("href=\"(/api/v1/[^\"?#]+)\"").matcher(page.body());
        List<String> examples = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).endsWith("openapi.json")) {
                examples.add(m.group(1));
            }
        }
        assertEquals(6, examples.size(), examples.toString());
        for (String example : examples) {
            HttpResponse<String> r = api.get(example);
            assertEquals(200, r.statusCode(), example);
            assertFalse(SampleServer.jsonRows(r.body()).isEmpty(), example);
        }
    }

    @Test
    void landingPageLinksTheApi() {
        assertTrue(api.get("/").body().contains("href=\"/api/v1/\""));
    }
}
