package de.klimaflow.consultation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.klimaflow.platform.UploadedFiles;
import de.klimaflow.security.CamundaIdentityAuthenticationProvider;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Documents of a case: the type is read from the bytes, names are cleaned, bad files store nothing. */
@KlimaflowTest
class CaseDocumentsTest {

    @Autowired
    de.klimaflow.consultation.CaseTimeline caseTimeline;

    @Autowired
    CaseDocuments documents;

    @Autowired
    ConsultationService cases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identityService;

    @Autowired
    CamundaIdentityAuthenticationProvider authentication;

    private long caseId;

    @BeforeEach
    void signIn() {
        TestUsers.ensure(identityService);
        caseId = cases.open(
                new NewCase("Stadt Genthin", "Karl Berg", "berg@genthin.example", null, "Antrag prüfen?"),
                Channel.MAIL);
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void realOfficeFilesAndPdfsAreStoredWithTheirTypeAndACleanName() throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Antragsentwurf");
            document.write(docx);
        }
        CaseDocuments.Document draft = documents.upload(caseId, "../../Antrag\u0000<script>.docx", docx.toByteArray());
        assertThat(draft.fileName()).isEqualTo("Antragscript.docx");
        assertThat(draft.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        CaseDocuments.Document pdf =
                documents.upload(caseId, "Bescheid", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(pdf.fileName()).isEqualTo("Bescheid.pdf");
        CaseDocuments.Document odt = documents.upload(caseId, "C:\\Users\\x\\Konzept.odt", odt());
        assertThat(odt.fileName()).isEqualTo("Konzept.odt");
        assertThat(documents.documents(caseId)).hasSize(3);
        assertThat(documents.content(caseId, pdf.id()))
                .hasValueSatisfying(bytes -> assertThat(bytes).startsWith('%', 'P', 'D', 'F'));
        assertThat(documents.content(caseId + 100_000, pdf.id()))
                .as("only through its own case")
                .isEmpty();
        assertThat(caseTimeline.of(caseId))
                .filteredOn(entry -> entry.kind().equals("DOCUMENT"))
                .hasSize(3);
    }

    @Test
    void wrongTypesRenamedFilesEmptyAndOversizedFilesAreRefused() {
        long before = jdbc.queryForObject("select count(*) from case_attachment", Long.class);
        assertThatThrownBy(() -> documents.upload(
                        caseId, "rechnung.pdf", "MZ\u0090\u0000 this is an exe".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(
                        UploadedFiles.Refused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("case.document.type"));
        assertThatThrownBy(() ->
                        documents.upload(caseId, "bild.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}))
                .isInstanceOf(UploadedFiles.Refused.class);
        assertThatThrownBy(() -> documents.upload(caseId, "archiv.docx", zip("readme.txt", "kein Office")))
                .as("a ZIP that is no office document")
                .isInstanceOf(UploadedFiles.Refused.class);
        assertThatThrownBy(() -> documents.upload(caseId, "leer.pdf", new byte[0]))
                .isInstanceOfSatisfying(
                        UploadedFiles.Refused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("case.document.empty"));
        byte[] huge = new byte[CaseDocuments.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);
        assertThatThrownBy(() -> documents.upload(caseId, "gross.pdf", huge))
                .isInstanceOfSatisfying(
                        UploadedFiles.Refused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("case.document.tooLarge"));
        assertThat(jdbc.queryForObject("select count(*) from case_attachment", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aZipBombDisguisedAsDocxIsRefusedFromItsDirectoryWithoutUnpackingIt() throws Exception {
        long before = jdbc.queryForObject("select count(*) from case_attachment", Long.class);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros); // 40 MB that pack to a few dozen kilobytes
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(CaseDocuments.MAX_BYTES);
        assertThatThrownBy(() -> documents.upload(caseId, "antrag.docx", bomb.toByteArray()))
                .isInstanceOfSatisfying(
                        UploadedFiles.Refused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("case.document.type"));
        assertThat(jdbc.queryForObject("select count(*) from case_attachment", Long.class))
                .isEqualTo(before);
    }

    @Test
    void anUploadIsReadOnlyAsFarAsTheLimitWhateverItSends() {
        java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'x';
            }
        };
        assertThatThrownBy(
                        () -> UploadedFiles.readWithinLimit(endless, CaseDocuments.MAX_BYTES, "case.document.tooLarge"))
                .isInstanceOfSatisfying(
                        UploadedFiles.Refused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("case.document.tooLarge"));
        assertThat(read.get()).isEqualTo(CaseDocuments.MAX_BYTES + 1L);
    }

    private static byte[] odt() {
        return zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>");
    }

    private static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
