package de.klimaflow.security;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates every login (Vaadin form, HTTP Basic on the REST API and actuator) against Camunda's
 * identity service, so an operator creates a colleague once in Camunda Admin and that colleague can
 * work everywhere. Camunda also throttles failed attempts: each failure locks the user for a growing
 * delay, and too many failures lock the account until an operator unlocks it.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final ProcessEngineConfiguration engineConfiguration;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService,
            ProcessEngineConfiguration engineConfiguration) {
        this.identityService = identityService;
        this.engineConfiguration = engineConfiguration;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || userId.length() > 64 || credentials == null) {
            throw new BadCredentialsException("bad credentials");
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user instanceof UserEntity entity) {
            rejectIfLocked(entity);
        }
        // checkPassword also counts the failure and sets the next lock time
        if (user == null || !identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities(userId));
    }

    private void rejectIfLocked(UserEntity user) {
        int maxAttempts = ((ProcessEngineConfigurationImpl) engineConfiguration).getLoginMaxAttempts();
        if (user.getAttempts() >= maxAttempts) {
            throw new AccountLockedException(null);
        }
        Date lockedUntil = user.getLockExpirationTime();
        if (lockedUntil != null && lockedUntil.after(ClockUtil.getCurrentTime())) {
            throw new AccountLockedException(lockedUntil);
        }
    }

    List<GrantedAuthority> authorities(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .map(Groups::authority)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The account is locked after failed logins; {@code lockedUntil} is null for a lock only an operator can lift. */
    public static class AccountLockedException extends LockedException {
        private final transient Date lockedUntil;

        public AccountLockedException(Date lockedUntil) {
            super("account locked");
            this.lockedUntil = lockedUntil;
        }

        public Date getLockedUntil() {
            return lockedUntil;
        }
    }
}
