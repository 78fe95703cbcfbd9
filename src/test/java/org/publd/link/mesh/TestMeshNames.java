package org.publd.link.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.PubldException;

/** MeSH names to UIs, from the MeSH RDF fixture (plain and gzipped) and the MeSH XML fixtures. */
class TestMeshNames {
    static final Set<MeshKind> DESCRIPTOR = NameRole.DESCRIPTOR.kinds();
    static final Set<MeshKind> QUALIFIER = NameRole.QUALIFIER.kinds();
    static final Set<MeshKind> SUBSTANCE = NameRole.SUBSTANCE.kinds();
    static final Set<MeshKind> TYPE = NameRole.PUBLICATION_TYPE.kinds();

    @TempDir
    Path tmp;

    static Path fixture(String name) {
        try {
            return Path.of(TestMeshNames.class.getResource("/mesh/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static MeshNames rdf() {
        return MeshFiles.read(List.of(fixture("mesh-sample.nt")));
    }

    private static MeshNames xml() {
        return MeshFiles.read(List.of(fixture("desc-sample.xml"), fixture("qual-sample.xml"), fixture("supp-sample.xml")));
    }

    private Path gzipped(Path file, String name) throws IOException {
        Path gz = tmp.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(file, out);
        }
        return gz;
    }

    @Test
    void rdfRecordNames() {
        MeshNames n = rdf();
        assertEquals("D000970", n.lookup("Antineoplastic Agents", DESCRIPTOR).ui());
        assertEquals("Q000627", n.lookup("therapeutic use", QUALIFIER).ui());
        assertEquals("D000078182", n.lookup("Systematic Review", TYPE).ui());
        assertEquals("D006801", n.lookup("Humans", DESCRIPTOR).ui(), "a check tag is a heading");
        assertEquals("D014481", n.lookup("United States", DESCRIPTOR).ui(), "so is a geographic descriptor");
        assertEquals("C000606551", n.lookup("remdesivir", SUBSTANCE).ui());
    }

    @Test
    void caseAndWhiteSpaceDoNotMatter() {
        assertEquals("D006979", rdf().lookup("  hyperthermia,\n  INDUCED ", DESCRIPTOR).ui());
    }

    @Test
    void rdfEntryTermsOfEveryConceptAndTerm() {
        MeshNames n = rdf();
        assertEquals("D000970", n.lookup("Antineoplastics", DESCRIPTOR).ui(), "preferred term of another concept");
        assertEquals("D000970", n.lookup("Anticancer Agents", DESCRIPTOR).ui(), "another term of the preferred concept");
        assertEquals("D000970", n.lookup("ANTICANCER AGENTS", DESCRIPTOR).ui(), "an altLabel");
        assertEquals("Q000556", n.lookup("metastases", QUALIFIER).ui());
        assertEquals("C000606551", n.lookup("GS-5734", SUBSTANCE).ui());
    }

    @Test
    void aRecordsOwnNameWinsOverAnotherRecordsEntryTerm() {
        assertEquals("D016685", rdf().lookup("Mitomycin", DESCRIPTOR).ui());
    }

    @Test
    void anEntryTermOfTwoRecordsIsAmbiguous() {
        MeshNames.Lookup l = rdf().lookup("Hyperthermia", DESCRIPTOR);
        assertNull(l.ui());
        assertTrue(l.ambiguous());
        assertEquals(Set.of("D006979", "D005334"), Set.copyOf(l.uis()));
    }

    @Test
    void unknownNamesAndWrongKindsFindNothing() {
        MeshNames n = rdf();
        assertEquals(List.of(), n.lookup("Quantum Neoplasms", DESCRIPTOR).uis());
        assertEquals(List.of(), n.lookup("therapeutic use", DESCRIPTOR).uis(), "a qualifier is no heading");
        assertEquals(List.of(), n.lookup("Review", DESCRIPTOR).uis(), "nor is a publication type");
        assertEquals(List.of(), n.lookup("Fièvre", DESCRIPTOR).uis(), "only English labels");
        assertEquals(List.of(), n.lookup("Antineoplastic Agents/therapeutic use", DESCRIPTOR).uis(), "pairs are not records");
    }

    @Test
    void gzippedRdfReadsTheSame() throws IOException {
        MeshNames n = MeshFiles.read(List.of(gzipped(fixture("mesh-sample.nt"), "mesh.nt.gz")));
        assertEquals(rdf().records(), n.records());
        assertEquals("D000970", n.lookup("Antineoplastics", DESCRIPTOR).ui());
    }

    @Test
    void xmlDescriptorsQualifiersAndSupplementaryConcepts() {
        MeshNames n = xml();
        assertEquals("D000970", n.lookup("Antineoplastic Agents", DESCRIPTOR).ui());
        assertEquals("D000970", n.lookup("anticancer agents", DESCRIPTOR).ui(), "entry term, white space folded");
        assertEquals("D006979", n.lookup("Thermotherapy", DESCRIPTOR).ui(), "entry term of another concept");
        assertEquals("D006801", n.lookup("Human", DESCRIPTOR).ui(), "check tag");
        assertEquals("D017418", n.lookup("Meta-Analysis", TYPE).ui(), "DescriptorClass 2 is a publication type");
        assertEquals(List.of(), n.lookup("Meta-Analysis", DESCRIPTOR).uis());
        assertEquals("Q000627", n.lookup("therapeutic uses", QUALIFIER).ui());
        assertEquals("C000606551", n.lookup("GS-5734", SUBSTANCE).ui());
        assertEquals(5 + 1 + 1, n.records());
    }

    @Test
    void xmlNamesOfOtherRecordsInsideARecordAreNotItsNames() {
        MeshNames n = xml();
        assertEquals(List.of(), n.lookup("Analgesics", DESCRIPTOR).uis());
        assertEquals(List.of(), n.lookup("Adenosine Monophosphate", SUBSTANCE).uis());
        assertEquals(List.of(), n.lookup("therapeutic use", DESCRIPTOR).uis());
    }

    @Test
    void xmlAmbiguousAndUnknown() {
        MeshNames n = xml();
        assertEquals(Set.of("D006979", "D005334"), Set.copyOf(n.lookup("hyperthermia", DESCRIPTOR).uis()));
        assertEquals(List.of(), n.lookup("Quantum Neoplasms", DESCRIPTOR).uis());
    }

    @Test
    void gzippedXmlReadsTheSame() throws IOException {
        MeshNames n = MeshFiles.read(List.of(gzipped(fixture("desc-sample.xml"), "desc2025.xml.gz")));
        assertEquals("D006979", n.lookup("Thermotherapy", DESCRIPTOR).ui());
    }

    @Test
    void badRdfNamesTheFileAndLine() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.nt"), """
                <http://id.nlm.nih.gov/mesh/D1> <http://www.w3.org/2000/01/rdf-schema#label> "ok"@en .
                <http://id.nlm.nih.gov/mesh/D2> "not a predicate" "x" .
                """);
        PubldException e = assertThrows(PubldException.class, () -> MeshFiles.read(List.of(bad)));
        assertTrue(e.getMessage().startsWith(bad + ": line 2: "), e.getMessage());
    }

    @Test
    void badXmlNamesTheFileAndLine() throws IOException {
        Path bad = Files.writeString(tmp.resolve("desc.xml"), """
                <DescriptorRecordSet>
                <DescriptorRecord><DescriptorUI>D1</DescriptorUI>
                </DescriptorRecordSet>
                """);
        PubldException e = assertThrows(PubldException.class, () -> MeshFiles.read(List.of(bad)));
        assertTrue(e.getMessage().startsWith(bad + ": line 3: "), e.getMessage());
    }

    @Test
    void anXmlRecordWithoutUiNamesTheFileAndLine() throws IOException {
        Path bad = Files.writeString(tmp.resolve("desc.xml"), """
                <DescriptorRecordSet>

                <DescriptorRecord><DescriptorName><String>X</String></DescriptorName></DescriptorRecord>
                </DescriptorRecordSet>
                """);
        PubldException e = assertThrows(PubldException.class, () -> MeshFiles.read(List.of(bad)));
        assertEquals(bad + ": line 3: DescriptorRecord has no DescriptorUI", e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = tmp.resolve("mesh.nt");
        PubldException e = assertThrows(PubldException.class, () -> MeshFiles.read(List.of(missing)));
        assertEquals(missing + ": no such MeSH file", e.getMessage());
    }
}
