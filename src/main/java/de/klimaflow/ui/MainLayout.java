package de.klimaflow.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import de.klimaflow.platform.Links;

import jakarta.annotation.security.PermitAll;

/**
 * The staff shell. The side navigation lists the views annotated with {@code @Menu} that the user's
 * groups may open (Vaadin filters the entries by each view's access rules), so the layout never
 * depends on the features' views.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(ShellAccount account, LocaleSupport localeSupport, AuthenticationContext authenticationContext) {
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Span title = new Span("klimaflow");
        title.addClassName("app-title");
        addToNavbar(toggle, title);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }

        VerticalLayout drawer = new VerticalLayout(nav);
        drawer.setPadding(true);
        if (account.isOperator()) {
            Anchor cockpit = new Anchor(Links.COCKPIT, getTranslation("nav.cockpit"), AnchorTarget.BLANK);
            cockpit.setRouterIgnore(true);
            cockpit.addClassName("cockpit-link");
            drawer.add(cockpit);
        }

        Span user =
                new Span(getTranslation("nav.signedInAs", account.displayName().orElse("")));
        Button logout = new Button(
                getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), click -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div footer = new Div(user, new LanguageSwitcher(localeSupport), logout);
        footer.addClassName("drawer-footer");
        drawer.add(footer);
        addToDrawer(drawer);
    }
}
