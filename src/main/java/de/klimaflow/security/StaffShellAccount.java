package de.klimaflow.security;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.klimaflow.ui.ShellAccount;

/** The signed-in staff member as the shell sees them: name, operator or not, chosen language. */
@Component
class StaffShellAccount implements ShellAccount {

    private final CurrentUser currentUser;
    private final UserDirectory users;

    StaffShellAccount(CurrentUser currentUser, UserDirectory users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public Optional<String> displayName() {
        return currentUser.id().map(users::displayName);
    }

    @Override
    public boolean isOperator() {
        return currentUser.isIn(Groups.OPERATORS);
    }

    @Override
    public Optional<Locale> preferredLocale() {
        return currentUser.id().flatMap(users::preferredLocale);
    }

    @Override
    public void savePreferredLocale(Locale locale) {
        currentUser.id().ifPresent(userId -> users.savePreferredLocale(userId, locale));
    }
}
