package org.publd.mapping.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each output format is one description on top of Jena's, and Jena hands out its streaming writer. */
class TestOutputFormat {
    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void jenaGivesAStreamingWriterForEveryFormat(OutputFormat format) {
        assertNotNull(StreamRDFWriter.getWriterStream(new ByteArrayOutputStream(), format.streaming()), format.label());
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void extensionAndMediaTypeNameTheFormatToJena(OutputFormat format) {
        assertEquals(format.lang(), RDFLanguages.filenameToLang("x." + format.extension()));
        assertEquals(format.lang(), RDFLanguages.contentTypeToLang(format.mediaType()));
    }

    @Test
    void registeringTheBatchingWritersLeavesJenasOwnChoicesAlone() {
        assertNotNull(OutputFormat.JSONLD.streaming());
        assertFalse(StreamRDFWriter.registered(Lang.JSONLD));
        assertFalse(StreamRDFWriter.registered(Lang.RDFXML));
    }
}
