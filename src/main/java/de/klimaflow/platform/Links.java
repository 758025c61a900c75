package de.klimaflow.platform;

import org.springframework.stereotype.Component;

/**
 * The one place that builds URLs: paths of public pages, staff pages and Cockpit, and the absolute
 * links that mails carry (based on {@code klimaflow.agency.public-url}).
 */
@Component
public class Links {

    /** The public start page: an anonymous visitor at "/" comes here (staff signed in get their task list). */
    public static final String START = "/start";

    public static final String ROBOTS = "/robots.txt";
    /** The accessibility statement; the form to report a barrier is below it. */
    public static final String ACCESSIBILITY = "/barrierefreiheit";

    public static final String ACCESSIBILITY_REPORT = ACCESSIBILITY + "/melden";
    /** The site explained in Leichte Sprache (German only). */
    public static final String EASY_LANGUAGE = "/leichte-sprache";

    public static final String PUBLIC_CALENDAR = "/veranstaltungen";
    public static final String CALENDAR_FEED = "/ical/veranstaltungen.ics";
    public static final String COCKPIT = "/camunda/app/cockpit/default/";
    /** Everything anonymous visitors may request: server-rendered pages and files, no Vaadin session. */
    public static final String REGISTRATION = "/anmeldung";

    public static final String CONSULTATION = "/beratung";
    public static final String NETWORK = "/netzwerk";
    /** The public form to join the network, and its answer below it ("/eingegangen"). */
    public static final String NETWORK_JOIN = NETWORK + "/beitreten";
    /** A member's proposal for a network meeting, behind their personal link. */
    public static final String NETWORK_CONTRIBUTION = NETWORK + "/beitrag";
    /** The public JSON API (its controllers map below it). */
    public static final String API = "/api/v1";

    public static final String[] PUBLIC_PATHS = {
        START,
        ROBOTS,
        EASY_LANGUAGE,
        ACCESSIBILITY + "/**",
        PUBLIC_CALENDAR + "/**",
        "/ical/**",
        REGISTRATION + "/**",
        CONSULTATION + "/**",
        NETWORK + "/**"
    };

    /** What search engines may index: the public pages, not the personal links below {@link #REGISTRATION}. */
    public static final String[] INDEXED_PATHS = {
        START, EASY_LANGUAGE, PUBLIC_CALENDAR, CONSULTATION, NETWORK, ACCESSIBILITY
    };

    private final String base;

    public Links(AgencyProperties agency) {
        String url = agency.publicUrl();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A registration in the public API, behind its personal token. */
    public static String apiRegistration(String token) {
        return API + "/registrations/" + token;
    }

    /** The staff page of an event's registrations (a route of the staff UI, relative to it). */
    public static String eventRegistrations(long eventId) {
        return "events/" + eventId + "/registrations";
    }

    /** The public page of an event. */
    public static String eventPage(long eventId) {
        return PUBLIC_CALENDAR + "/" + eventId;
    }

    /** The iCalendar file of one public event. */
    public static String eventCalendarFile(long eventId) {
        return "/ical/veranstaltungen/" + eventId + ".ics";
    }

    /** A registrant's own page behind their personal link (the self-service page of the registration feature). */
    public static String registrationSelfService(String token) {
        return REGISTRATION + "/" + token;
    }

    /** The link of a personal invitation to an invitation-only event. */
    public static String invitation(String token) {
        return REGISTRATION + "/einladung/" + token;
    }

    /** The page with the "confirm" button behind the double opt-in link. */
    public static String registrationConfirmation(String token) {
        return REGISTRATION + "/bestaetigen/" + token;
    }

    /** The registration form of a public event. */
    public static String registrationForm(long eventId) {
        return eventPage(eventId) + "/anmelden";
    }

    /** The attendance certificate behind a personal link, once the person attended. */
    public static String registrationCertificate(String token) {
        return registrationSelfService(token) + "/bescheinigung";
    }

    /** The form for a member's proposal to a network meeting. */
    public static String networkContribution(String token) {
        return NETWORK_CONTRIBUTION + "/" + token;
    }

    /** Slides of an agenda item behind the link of a person who attended, released or not. */
    public static String registrationMaterial(String token, long materialId) {
        return registrationSelfService(token) + "/material/" + materialId;
    }

    /** Released slides of an agenda item on the public event page. */
    public static String eventMaterial(long eventId, long materialId) {
        return eventPage(eventId) + "/material/" + materialId;
    }

    /** A staff member's task page. */
    public static String taskPage(String taskId) {
        return "/tasks/" + taskId;
    }

    /** A process instance in Cockpit, for operators. */
    /** A data subject's erasure request, on the privacy page. */
    public static String privacyRequest(long requestId) {
        return "/privacy/requests/" + requestId;
    }

    public static String cockpitProcessInstance(String processInstanceId) {
        return COCKPIT + "#/process-instance/" + processInstanceId + "/runtime";
    }

    /** The absolute form of one of the paths above, as mails need it. */
    public String absolute(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /** The kinds of personal link a mail may carry, told apart by their path. */
    public enum PersonalLink {
        OPT_IN(REGISTRATION + "/bestaetigen/"),
        INVITATION(REGISTRATION + "/einladung/"),
        CONTRIBUTION(NETWORK_CONTRIBUTION + "/"),
        // last: its path begins the two paths of registration above
        SELF_SERVICE(REGISTRATION + "/");

        private final String prefix;

        PersonalLink(String prefix) {
            this.prefix = prefix;
        }

        static PersonalLink of(String prefix) {
            return java.util.Arrays.stream(values())
                    .filter(kind -> kind.prefix.equals(prefix))
                    .findFirst()
                    .orElseThrow();
        }

        private static String prefixes() {
            return java.util.Arrays.stream(values())
                    .map(kind -> java.util.regex.Pattern.quote(kind.prefix))
                    .collect(java.util.stream.Collectors.joining("|", "(", ")"));
        }
    }

    /** Stands where a personal link's token was in a stored mail: the token itself is never kept. */
    public static final String TOKEN_HELD_BACK = "[persoenlicher-Link]";

    private static final java.util.regex.Pattern PERSONAL_TOKEN =
            java.util.regex.Pattern.compile(PersonalLink.prefixes() + "([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])");
    private static final java.util.regex.Pattern HELD_BACK =
            java.util.regex.Pattern.compile(PersonalLink.prefixes() + java.util.regex.Pattern.quote(TOKEN_HELD_BACK));

    /** The text with every personal link's token held back, as a mail is stored. */
    public static String withoutPersonalTokens(String text) {
        return PERSONAL_TOKEN
                .matcher(text)
                .replaceAll(match -> java.util.regex.Matcher.quoteReplacement(match.group(1) + TOKEN_HELD_BACK));
    }

    /** The kinds of personal link whose tokens the stored text holds back. */
    public static java.util.Set<PersonalLink> personalLinksHeldBack(String text) {
        java.util.Set<PersonalLink> kinds = java.util.EnumSet.noneOf(PersonalLink.class);
        HELD_BACK.matcher(text).results().forEach(match -> kinds.add(PersonalLink.of(match.group(1))));
        return kinds;
    }

    /** The stored text with fresh tokens where it held them back, one per kind of link. */
    public static String withPersonalTokens(String text, java.util.Map<PersonalLink, String> tokens) {
        return HELD_BACK.matcher(text).replaceAll(match -> {
            PersonalLink kind = PersonalLink.of(match.group(1));
            String token = java.util.Objects.requireNonNull(tokens.get(kind), "a fresh token for every kind held back");
            return java.util.regex.Matcher.quoteReplacement(kind.prefix + token);
        });
    }
}
