package de.klimaflow.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile only: one colleague per staff group, password = user id (listed in the README). */
@Component
@Profile("demo")
@Order(1)
public class DemoUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityBootstrap identity;

    public DemoUsers(IdentityBootstrap identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        LOG.warn("""

                ************************************************************************
                *  DEMO PROFILE: accounts demo, event, desk, advisor and manager have   *
                *  their user name as password. Never run this profile with real data.  *
                ************************************************************************""");
        identity.ensureUser("event", "event", "Eva", "Winkler", "eva.winkler@lena.example", Groups.EVENT_TEAM);
        identity.ensureUser("desk", "desk", "René", "Albrecht", "rene.albrecht@lena.example", Groups.REGISTRATION_DESK);
        identity.ensureUser("advisor", "advisor", "Anna", "Becker", "anna.becker@lena.example", Groups.ADVISORS);
        identity.ensureUser("manager", "manager", "Max", "Hoffmann", "max.hoffmann@lena.example", Groups.MANAGEMENT);
    }
}
