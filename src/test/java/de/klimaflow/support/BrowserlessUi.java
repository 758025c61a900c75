package de.klimaflow.support;

import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

import de.klimaflow.security.CamundaIdentityAuthenticationProvider;

/**
 * Karibu-Testing with the real Spring context, signed in as a test user: Vaadin's route security sees
 * the same principal and roles as behind Spring Security's filter.
 */
public final class BrowserlessUi {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("de.klimaflow");

    public static void open(ApplicationContext context, String userId) {
        Authentication auth = userId == null
                ? null
                : TestUsers.signIn(context.getBean(CamundaIdentityAuthenticationProvider.class), userId);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setLocaleInt(Locale.GERMANY); // a German browser, as at the agency
            if (auth != null) {
                request.setUserPrincipalInt(auth);
                request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(("ROLE_" + role)::equals));
            }
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    public static void close() {
        MockVaadin.tearDown();
        TestUsers.signOut();
    }

    private BrowserlessUi() {}
}
