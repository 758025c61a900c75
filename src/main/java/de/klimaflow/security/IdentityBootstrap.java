package de.klimaflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the staff groups exist and, when configured, creates the first operator. There is no
 * built-in password: outside the demo profile the operator comes from KLIMAFLOW_ADMIN_USER and
 * KLIMAFLOW_ADMIN_PASSWORD, and is created only once.
 */
@Component
@Order(0)
public class IdentityBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityService identityService;
    private final String adminUserId;
    private final String adminPassword;

    public IdentityBootstrap(
            IdentityService identityService,
            @Value("${klimaflow.initial-admin.user-id:}") String adminUserId,
            @Value("${klimaflow.initial-admin.password:}") String adminPassword) {
        this.identityService = identityService;
        this.adminUserId = adminUserId;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String groupId : Groups.ALL) {
            ensureGroup(groupId);
        }
        if (adminUserId.isBlank() || adminPassword.isBlank()) {
            LOG.info("No initial operator configured (KLIMAFLOW_ADMIN_USER / KLIMAFLOW_ADMIN_PASSWORD)");
            return;
        }
        ensureUser(adminUserId, adminPassword, "Betrieb", "klimaflow", null, Groups.OPERATORS);
    }

    void ensureGroup(String groupId) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(groupId);
            group.setType(Groups.OPERATORS.equals(groupId) ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    /** Creates the user with its group membership if the user does not exist yet; never resets a password. */
    void ensureUser(
            String userId, String password, String firstName, String lastName, @Nullable String email, String groupId) {
        if (identityService.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        User user = identityService.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(userId, groupId);
        LOG.info("Created user {} in group {}", userId, groupId);
    }
}
