package de.klimaflow.ui;

import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;

import de.klimaflow.platform.Links;
import de.klimaflow.security.UserDirectory;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The staff shell: navigation by group, the Cockpit link for operators, the remembered language. */
@KlimaflowTest
class MainLayoutTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identityService;

    @Autowired
    UserDirectory users;

    @BeforeEach
    void users() {
        TestUsers.ensure(identityService);
        identityService.deleteUserInfo(TestUsers.MANAGEMENT, "klimaflow.locale");
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
        // other tests expect this user to see German
        identityService.deleteUserInfo(TestUsers.MANAGEMENT, "klimaflow.locale");
    }

    @Test
    void staffSeeTheirNavigationButNoCockpitLink() {
        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Aufgaben");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("cockpit-link")))
                .isEmpty();
    }

    @Test
    void operatorsGetALinkToCockpit() {
        BrowserlessUi.open(context, TestUsers.OPERATOR);
        UI.getCurrent().navigate("");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("cockpit-link")).getHref())
                .isEqualTo(Links.COCKPIT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void languageSwitchIsRememberedForTheUser() {
        BrowserlessUi.open(context, TestUsers.MANAGEMENT);
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).isEqualTo("Aufgaben");

        Select<Locale> language = _get(Select.class, spec -> spec.withClasses("language-switcher"));
        HasValueUtilsKt._setValue(language, Locale.ENGLISH);
        assertThat(users.preferredLocale(TestUsers.MANAGEMENT)).contains(Locale.ENGLISH);

        // a new session of the same user (another day, another browser) starts in English
        BrowserlessUi.close();
        BrowserlessUi.open(context, TestUsers.MANAGEMENT);
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(H2.class).getText()).isEqualTo("Tasks");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Tasks");
    }
}
