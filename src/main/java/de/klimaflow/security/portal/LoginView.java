package de.klimaflow.security.portal;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import de.klimaflow.ui.LanguageSwitcher;
import de.klimaflow.ui.LocaleSupport;

/** Sign-in for staff. The form posts to Spring Security; failures come back as {@code ?error}. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(LocaleSupport localeSupport, @Value("${klimaflow.demo.seed:false}") boolean demo) {
        addClassName("login-view");
        H1 title = new H1("klimaflow");
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(getTranslation("login.error.message")));
        if (demo) {
            // said before anything else: this instance has accounts whose passwords everybody knows
            Paragraph warning = new Paragraph(getTranslation("login.demoWarning"));
            warning.addClassName("demo-warning");
            warning.getElement().setAttribute("role", "note");
            add(warning);
        }
        add(title, subtitle, form);
        if (demo) {
            Paragraph hint = new Paragraph(getTranslation("login.demoHint"));
            hint.addClassName("demo-hint");
            add(hint);
        }
        add(new LanguageSwitcher(localeSupport));
    }

    /** Every failed or refused try shows the same message: it must not tell whether the name exists. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setError(true);
        }
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(errorMessage);
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
