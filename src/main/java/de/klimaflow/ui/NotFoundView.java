package de.klimaflow.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Page not found" inside the staff shell, in the user's language: for unknown staff routes, for ids
 * that do not exist, and (as Vaadin does in production) for views the user may not open, so the answer
 * does not reveal that they exist. The HTTP status of a first request is set by {@link UnknownRouteStatus}.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("not-found");
        add(
                new H1(getTranslation("error.404.title")),
                new Paragraph(
                        parameter.hasCustomMessage() ? parameter.getCustomMessage() : getTranslation("error.404.text")),
                new Paragraph(new Anchor("/", getTranslation("portal.staff.back"))));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.404.title");
    }
}
