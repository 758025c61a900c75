package de.klimaflow.consultation.process;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.ExperienceReports;
import de.klimaflow.consultation.InitialFacts;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.FieldProblems;
import de.klimaflow.platform.UploadedFiles;
import de.klimaflow.regions.MunicipalityKind;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.ReceivedMail;
import de.klimaflow.support.TestUsers;

import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The library of experience reports: a report needs its title, municipality and topics and is a PDF, or nothing is
 * stored; the advisor encloses chosen reports with the information package, which names them and carries the PDFs.
 */
class ExperienceReportsTest extends ProcessTestBase {

    private static final byte[] PDF = "%PDF-1.7\n% Bericht\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ExperienceReports reports;

    @Autowired
    ConsultationService cases;

    @Autowired
    ConsultationFlow consultations;

    @Autowired
    de.klimaflow.consultation.InfoPackages packages;

    @Test
    void aReportNeedsItsFactsAndAPdfAndTravelsWithTheInformationPackage() throws Exception {
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        int before = reports.list("").size();
        assertThatThrownBy(() -> reports.add(" ", "Gemeinde Barleben", "a,b,c,d,e,f,g,h,i", "x.pdf", PDF))
                .isInstanceOfSatisfying(
                        FieldProblems.class,
                        refused -> assertThat(refused.problems())
                                .extracting(FieldProblem::field, FieldProblem::message)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("title", "reports.error.required"),
                                        org.assertj.core.groups.Tuple.tuple("topics", "reports.error.topics")));
        assertThatThrownBy(() -> reports.add(
                        "Wärmenetz",
                        "Gemeinde Barleben",
                        "Wärme",
                        "x.pdf",
                        "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(
                        UploadedFiles.Refused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("reports.error.type"));
        assertThat(reports.list("")).as("nothing stored").hasSize(before);

        long tag = System.nanoTime();
        ExperienceReports.Report report = reports.add(
                "Die erste Stelle im Dorf " + tag,
                "Gemeinde Barleben",
                "Stellenprofil; Ratsbeschluss, Förderantrag",
                "../bericht <barleben>.pdf",
                PDF);
        assertThat(report.topics()).containsExactly("Stellenprofil", "Ratsbeschluss", "Förderantrag");
        assertThat(report.fileName()).isEqualTo("bericht barleben.pdf");
        assertThat(reports.list("ratsbeschluss"))
                .extracting(ExperienceReports.Report::id)
                .contains(report.id());
        assertThat(reports.list("gibt es nicht " + tag)).isEmpty();

        long caseId = cases.open(
                new NewCase("Gemeinde Hohe Börde", "Petra Vogel", "vogel-" + tag + "@kommune.example", null, "Wie?"),
                Channel.PHONE);
        consultations.completeInitialConsultation(
                process.task(instance(caseId), ConsultationProcess.TASK_INITIAL_CONSULTATION)
                        .getId(),
                caseId,
                new InitialFacts(
                        null, MunicipalityKind.MUNICIPALITY, 9_000, false, true, LocalDate.of(2027, 4, 1), ""));
        assertThat(packages.preview(caseId, List.of("LAND-KSM"), List.of(), "", List.of(report.id()))
                        .text())
                .as("the preview names what will be attached")
                .contains("Die erste Stelle im Dorf " + tag + " (Gemeinde Barleben)");
        consultations.completeReview(
                process.task(instance(caseId), ConsultationProcess.TASK_REVIEW_PROPOSAL)
                        .getId(),
                caseId,
                List.of("LAND-KSM"),
                List.of(),
                "",
                List.of(report.id()));
        process.execute(instance(caseId), ConsultationProcess.TASK_SEND_INFO_PACKAGE);
        MimeMessage mail = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
        assertThat(ReceivedMail.text(mail)).contains("- Die erste Stelle im Dorf " + tag + " (Gemeinde Barleben)");
        assertThat(ReceivedMail.attachmentBytes(mail, "bericht barleben.pdf")).isEqualTo(PDF);
    }

    private ProcessInstance instance(long caseId) {
        return process.instance(ConsultationProcess.PROCESS_KEY, caseId);
    }
}
