package de.klimaflow.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Read access to staff accounts and their personal settings, kept in Camunda's identity service. */
@Service
public class UserDirectory {

    static final String LOCALE_KEY = "klimaflow.locale";

    private final IdentityService identityService;

    public UserDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** "First Last" of each given user id; ids without an account map to themselves. */
    public Map<String, String> displayNames(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = identityService.createUserQuery()
                .userIdIn(userIds.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(User::getId, UserDirectory::displayName));
        return userIds.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), id -> names.getOrDefault(id, id)));
    }

    public String displayName(String userId) {
        return displayNames(java.util.List.of(userId)).get(userId);
    }

    public Optional<String> email(String userId) {
        return Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult())
                .map(User::getEmail)
                .filter(mail -> !mail.isBlank());
    }

    public Optional<Locale> preferredLocale(String userId) {
        return Optional.ofNullable(identityService.getUserInfo(userId, LOCALE_KEY)).map(Locale::forLanguageTag);
    }

    public void savePreferredLocale(String userId, Locale locale) {
        identityService.setUserInfo(userId, LOCALE_KEY, locale.toLanguageTag());
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
