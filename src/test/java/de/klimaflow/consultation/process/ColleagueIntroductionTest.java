package de.klimaflow.consultation.process;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.consultation.CaseColleagues;
import de.klimaflow.consultation.CaseTimeline;
import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.network.NetworkDirectory;
import de.klimaflow.regions.Colleagues;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.ReceivedMail;
import de.klimaflow.support.TestUsers;

import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case proposes managers of similar municipalities who agreed to be contacted (the same kind, half to twice the
 * size, nearest first, three at most), and the advisor's introduction mails both sides and stands on the timeline. A
 * manager without consent, or who withdrew it, is neither proposed nor introduced.
 */
class ColleagueIntroductionTest extends ProcessTestBase {

    @Autowired
    ConsultationService cases;

    @Autowired
    ConsultationFlow consultations;

    @Autowired
    CaseColleagues colleagues;

    @Autowired
    CaseTimeline timeline;

    @Autowired
    NetworkDirectory directory;

    @Autowired
    ProcessEngine engine;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void similarConsentingManagersAreProposedAndTheIntroductionMailsBothSides() throws Exception {
        long tag = System.nanoTime();
        long region = insert("insert into planning_region (name) values (?)", "Region " + tag, "planning_region");
        long otherRegion =
                insert("insert into planning_region (name) values (?)", "Fernregion " + tag, "planning_region");
        long boerde = district(region, "Börde " + tag);
        long salz = district(region, "Salzland " + tag);
        long far = district(otherRegion, "Altmark " + tag);
        municipality(boerde, "Fragestadt " + tag, "TOWN", 14000);
        String sameDistrict = member(boerde, "Nahstadt " + tag, "TOWN", 20000, "nah", true);
        String sameRegion = member(salz, "Mittelstadt " + tag, "TOWN", 9000, "mittel", true);
        String farAway = member(far, "Fernstadt " + tag, "TOWN", 15000, "fern", true);
        String fourth = member(far, "Viertstadt " + tag, "TOWN", 26000, "viert", true);
        member(boerde, "Ohnezustimmung " + tag, "TOWN", 14000, "ohne", false);
        member(boerde, "Kleindorf " + tag, "MUNICIPALITY", 14000, "dorf", true);
        member(boerde, "Großstadt " + tag, "TOWN", 90000, "gross", true);

        long caseId = cases.open(
                new NewCase("Fragestadt " + tag, "Rita Rat", "rat-" + tag + "@fragestadt.example", null, "Wie?"),
                Channel.WEB);
        assertThat(colleagues.proposals(caseId))
                .as("same kind, half to twice the size, with consent; the same district first, then the region")
                .extracting(Colleagues.Colleague::email)
                .containsExactly(sameDistrict, sameRegion, farAway)
                .doesNotContain(fourth);

        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        // the advisor introduces the nearest on the case page, after confirming that both sides get a mail
        de.klimaflow.support.BrowserlessUi.open(context, TestUsers.ADVISOR);
        try {
            com.vaadin
                    .flow
                    .component
                    .UI
                    .getCurrent()
                    .navigate(
                            de.klimaflow.consultation.backoffice.CaseDetailView.class,
                            de.klimaflow.consultation.backoffice.CaseDetailView.parameters(caseId));
            assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                            com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("case-introduce")))
                    .hasSize(3);
            com.github.mvysny.kaributesting.v10.ButtonKt._click(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                            com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("case-introduce"))
                    .get(0));
            com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                    com.github.mvysny.kaributesting.v10.LocatorJ._get(
                            com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
            assertThat(confirm.getElement().getProperty("header")).contains("Nah Kollegin");
            com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        } finally {
            de.klimaflow.support.BrowserlessUi.close();
        }
        process.execute(instance(caseId), ConsultationProcess.TASK_SEND_INTRODUCTION);
        List<MimeMessage> introductions = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> subject(mail).startsWith("Kontakt zum Klimaschutzmanagement"))
                .toList();
        assertThat(introductions).hasSize(2);
        for (MimeMessage mail : introductions) {
            assertThat(ReceivedMail.text(mail))
                    .contains("rat-" + tag + "@fragestadt.example", sameDistrict, "Nahstadt " + tag);
        }
        assertThat(timeline.of(caseId))
                .last()
                .satisfies(entry -> assertThat(entry.text())
                        .isEqualTo("Kontakt vermittelt zum Klimaschutzmanagement von Nahstadt " + tag
                                + "; beide Seiten erhalten eine Mail."));

        // consent withdrawn: no longer proposed, and an introduction is refused with nothing sent
        long withdrawing = colleagues.proposals(caseId).get(1).id();
        directory.setContactConsent(withdrawing, false);
        assertThat(colleagues.proposals(caseId))
                .extracting(Colleagues.Colleague::email)
                .doesNotContain(sameRegion);
        int sent = smtp.getReceivedMessages().length;
        assertThatThrownBy(() -> consultations.introduce(caseId, withdrawing))
                .isInstanceOf(IllegalStateException.class);
        assertThat(smtp.getReceivedMessages()).hasSize(sent);
        assertThat(process.hasJob(instance(caseId), ConsultationProcess.TASK_SEND_INTRODUCTION))
                .isFalse();
    }

    private String member(long district, String name, String kind, int population, String who, boolean consent) {
        municipality(district, name, kind, population);
        String email = who + "-" + System.nanoTime() + "@kommune.example";
        long id = directory.enter(
                who.substring(0, 1).toUpperCase() + who.substring(1) + " Kollegin",
                email,
                null,
                name,
                LocalDate.of(2024, 1, 1),
                null,
                false,
                null);
        if (consent) {
            TestUsers.signIn(authentication, TestUsers.ADVISOR);
            directory.setContactConsent(id, true);
            TestUsers.signOut();
        }
        return email;
    }

    private void municipality(long district, String name, String kind, int population) {
        jdbc.update(
                "insert into municipality (district_id, name, kind, population) values (?, ?, ?, ?)",
                district,
                name,
                kind,
                population);
    }

    private long district(long region, String name) {
        jdbc.update("insert into district (region_id, name, kind) values (?, ?, 'DISTRICT')", region, name);
        return jdbc.queryForObject("select id from district where name = ?", Long.class, name);
    }

    private long insert(String sql, String name, String table) {
        jdbc.update(sql, name);
        return jdbc.queryForObject("select id from " + table + " where name = ?", Long.class, name);
    }

    private ProcessInstance instance(long caseId) {
        return process.instance(ConsultationProcess.PROCESS_KEY, caseId);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
