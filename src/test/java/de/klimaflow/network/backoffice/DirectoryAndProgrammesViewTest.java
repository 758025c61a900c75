package de.klimaflow.network.backoffice;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.consultation.backoffice.FundingProgrammesView;
import de.klimaflow.network.NetworkDirectory;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The staff directory (search, consent withdrawn at once) and the funding programmes' form, without a browser. */
@KlimaflowTest
class DirectoryAndProgrammesViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identityService;

    @Autowired
    NetworkDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void users() {
        TestUsers.ensure(identityService);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdvisorFindsAManagerAndWithdrawsTheirConsentFromThePublicDirectory() {
        String name = "Frieda Fund " + System.nanoTime();
        directory.enter(
                name,
                "fund-" + System.nanoTime() + "@kommune.example",
                null,
                "Stadt Aschersleben",
                LocalDate.of(2025, 1, 1),
                null,
                true,
                null);
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(DirectoryView.class);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Name oder Kommune")), name);
        Grid<NetworkDirectory.Entry> grid = _get(Grid.class, spec -> spec.withClasses("directory-grid"));
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._get(grid, 0).publicListing()).isTrue();

        Button withdraw = (Button) GridKt._getCellComponent(grid, 0, "listing");
        assertThat(withdraw.getText()).isEqualTo("Einwilligung widerrufen");
        ButtonKt._click(withdraw);
        assertThat(directory.publicDirectory().values().stream().flatMap(List::stream))
                .noneSatisfy(entry -> assertThat(entry.name()).isEqualTo(name));
        assertThat(GridKt._get(grid, 0).publicListing()).isFalse();

        // the member agrees to be contacted by municipalities: recorded with its date, and withdrawn again
        Button contact = (Button) GridKt._getCellComponent(grid, 0, "contact");
        assertThat(contact.getText()).isEqualTo("Zustimmung eintragen");
        ButtonKt._click(contact);
        assertThat(GridKt._get(grid, 0).contactConsent()).isTrue();
        assertThat(((Button) GridKt._getCellComponent(grid, 0, "contact")).getText())
                .startsWith("zugestimmt am ")
                .matches(".*\\d{2}\\.\\d{2}\\.\\d{4}");
        ButtonKt._click((Button) GridKt._getCellComponent(grid, 0, "contact"));
        assertThat(GridKt._get(grid, 0).contactConsent()).isFalse();
        assertThat(GridKt._get(grid, 0).contactConsentAt()).isNull();

        // the manager leaves the network: after a confirmation the entry is gone
        ButtonKt._click((Button) GridKt._getCellComponent(grid, 0, "leave"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).contains(name);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(GridKt._size(grid)).isZero();
        assertThat(directory.entries())
                .noneSatisfy(entry -> assertThat(entry.name()).isEqualTo(name));
    }

    @Test
    void theFundingProgrammeFormRefusesBadValuesAtTheFields() {
        long before = jdbc.queryForObject("select count(*) from funding_programme", Long.class);
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(FundingProgrammesView.class);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Kürzel")), "LAND-KSM");
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withClasses("funding-share")), 140);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("save-funding")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Kürzel")).getErrorMessage())
                .isEqualTo("Dieses Kürzel gibt es schon.");
        assertThat(_get(IntegerField.class, spec -> spec.withClasses("funding-share"))
                        .getErrorMessage())
                .isEqualTo("Bitte einen Anteil zwischen 0 und 100 % angeben.");
        assertThat(_get(TextField.class, spec -> spec.withClasses("funding-name"))
                        .getErrorMessage())
                .isEqualTo("Bitte ausfüllen.");
        assertThat(jdbc.queryForObject("select count(*) from funding_programme", Long.class))
                .isEqualTo(before);
        assertThat(_find(Grid.class, spec -> spec.withClasses("funding-grid"))).hasSize(1);
    }
}
