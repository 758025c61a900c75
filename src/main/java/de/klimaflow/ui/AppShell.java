package de.klimaflow.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/** Page-level settings. Styles are plain CSS served at run time: no frontend build needed. */
public class AppShell implements AppShellConfigurator {

    public static final String STYLESHEET = "styles/klimaflow.css";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.setPageTitle("klimaflow");
        settings.addLink("stylesheet", STYLESHEET);
    }
}
