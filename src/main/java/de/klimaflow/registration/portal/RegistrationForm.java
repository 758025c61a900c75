package de.klimaflow.registration.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import de.klimaflow.events.ParticipantRole;
import de.klimaflow.registration.RegistrationRequest;
import de.klimaflow.security.PublicForm;

/**
 * What the public registration form posts, as typed: everything is text, so that any input, however
 * wrong, comes back to the form with its message instead of failing to bind. {@link #toRequest()} gives
 * the request that the rules of {@link RegistrationRequest} check, field by field under the same names.
 */
public class RegistrationForm extends PublicForm {

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private @Nullable String name;
    private @Nullable String email;
    private @Nullable String organisation;
    private @Nullable String role;
    private List<String> parts = new ArrayList<>();
    /** per slot of parallel sessions, by the slot's position on the form: the session chosen first, and second */
    private List<String> firstChoices = new ArrayList<>();

    private List<String> secondChoices = new ArrayList<>();
    private @Nullable String needs;
    private @Nullable String accessibility;
    private boolean accessibilityToVenue;
    /** the invitation's token, when the form was opened from a personal invitation */
    private @Nullable String invitation;

    RegistrationRequest toRequest() {
        // an id that is no number cannot be a part of the event: -1 makes the service refuse it as unknown
        List<Long> partIds =
                new ArrayList<>(parts.stream().map(RegistrationForm::id).toList());
        List<RegistrationRequest.SecondChoice> seconds = new ArrayList<>();
        for (int slot = 0; slot < firstChoices.size(); slot++) {
            String first = firstChoices.get(slot);
            String second = slot < secondChoices.size() ? secondChoices.get(slot) : null;
            if (first != null && !first.isBlank()) {
                partIds.add(id(first));
            }
            if (second != null && !second.isBlank()) {
                // a second choice without a first names no session to stand in for: the intake refuses it
                seconds.add(new RegistrationRequest.SecondChoice(
                        first == null || first.isBlank() ? -1L : id(first), id(second)));
            }
        }
        return new RegistrationRequest(
                name,
                email,
                organisation,
                roleOrNull(),
                partIds,
                needs,
                accessibility,
                accessibilityToVenue,
                isPrivacyConsent(),
                invitation,
                seconds);
    }

    private static long id(String part) {
        return ID.matcher(part).matches() ? Long.parseLong(part) : -1L;
    }

    private @Nullable ParticipantRole roleOrNull() {
        for (ParticipantRole known : ParticipantRole.values()) {
            if (known.name().equals(role)) {
                return known;
            }
        }
        return null;
    }

    boolean chose(long partId) {
        return parts.contains(Long.toString(partId));
    }

    /** The session chosen first (or second) in the slot at this position of the form, or "". */
    String choice(int slot, boolean first) {
        List<String> choices = first ? firstChoices : secondChoices;
        String chosen = slot < choices.size() ? choices.get(slot) : null;
        return chosen == null ? "" : chosen;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getRole() {
        return role;
    }

    public void setRole(@Nullable String role) {
        this.role = role;
    }

    public List<String> getParts() {
        return parts;
    }

    public void setParts(@Nullable List<String> parts) {
        this.parts = parts == null ? new ArrayList<>() : parts;
    }

    public List<String> getFirstChoices() {
        return firstChoices;
    }

    public void setFirstChoices(@Nullable List<String> firstChoices) {
        this.firstChoices = firstChoices == null ? new ArrayList<>() : firstChoices;
    }

    public List<String> getSecondChoices() {
        return secondChoices;
    }

    public void setSecondChoices(@Nullable List<String> secondChoices) {
        this.secondChoices = secondChoices == null ? new ArrayList<>() : secondChoices;
    }

    public @Nullable String getNeeds() {
        return needs;
    }

    public void setNeeds(@Nullable String needs) {
        this.needs = needs;
    }

    public @Nullable String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(@Nullable String accessibility) {
        this.accessibility = accessibility;
    }

    public boolean isAccessibilityToVenue() {
        return accessibilityToVenue;
    }

    public void setAccessibilityToVenue(boolean accessibilityToVenue) {
        this.accessibilityToVenue = accessibilityToVenue;
    }

    public @Nullable String getInvitation() {
        return invitation;
    }

    public void setInvitation(@Nullable String invitation) {
        this.invitation = invitation;
    }
}
