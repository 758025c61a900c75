package de.klimaflow.security;

import java.util.Collection;
import java.util.List;
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
        Map<String, String> names =
                identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
                        .collect(Collectors.toMap(User::getId, UserDirectory::displayName));
        return userIds.stream()
                .distinct()
                .collect(Collectors.toMap(Function.identity(), id -> names.getOrDefault(id, id)));
    }

    public String displayName(String userId) {
        return displayNames(List.of(userId)).getOrDefault(userId, userId);
    }

    /** A colleague to write to: name, address and language; empty without an account or address. */
    public Optional<StaffContact> contact(String userId) {
        return Optional.ofNullable(
                        identityService.createUserQuery().userId(userId).singleResult())
                .flatMap(this::contactOf);
    }

    /** Everyone in the given groups who has a mail address, each once. */
    public List<StaffContact> membersOf(Collection<String> groupIds) {
        Map<String, User> members = new java.util.LinkedHashMap<>();
        for (String groupId : groupIds) {
            identityService
                    .createUserQuery()
                    .memberOfGroup(groupId)
                    .list()
                    .forEach(user -> members.putIfAbsent(user.getId(), user));
        }
        return members.values().stream()
                .map(this::contactOf)
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<StaffContact> contactOf(User user) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new StaffContact(
                user.getId(),
                displayName(user),
                user.getEmail(),
                preferredLocale(user.getId()).orElse(Locale.GERMAN)));
    }

    /** A colleague as mails address them. */
    public record StaffContact(String userId, String name, String email, Locale locale) {}

    public Optional<Locale> preferredLocale(String userId) {
        return Optional.ofNullable(identityService.getUserInfo(userId, LOCALE_KEY))
                .map(Locale::forLanguageTag);
    }

    public void savePreferredLocale(String userId, Locale locale) {
        identityService.setUserInfo(userId, LOCALE_KEY, locale.toLanguageTag());
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
