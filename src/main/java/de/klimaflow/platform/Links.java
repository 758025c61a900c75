package de.klimaflow.platform;

import org.springframework.stereotype.Component;

/**
 * The one place that builds URLs: paths of public pages, staff pages and Cockpit, and the absolute
 * links that mails carry (based on {@code klimaflow.agency.public-url}).
 */
@Component
public class Links {

    public static final String PUBLIC_CALENDAR = "/veranstaltungen";
    public static final String CALENDAR_FEED = "/ical/veranstaltungen.ics";
    public static final String COCKPIT = "/camunda/app/cockpit/default/";
    /** Everything anonymous visitors may request: server-rendered pages and files, no Vaadin session. */
    public static final String REGISTRATION = "/anmeldung";

    public static final String CONSULTATION = "/beratung";
    public static final String NETWORK = "/netzwerk";
    /** The public form to join the network, and its answer below it ("/eingegangen"). */
    public static final String NETWORK_JOIN = NETWORK + "/beitreten";
    /** The public JSON API (its controllers map below it). */
    public static final String API = "/api/v1";

    public static final String[] PUBLIC_PATHS = {
        PUBLIC_CALENDAR + "/**", "/ical/**", REGISTRATION + "/**", CONSULTATION + "/**", NETWORK + "/**"
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

    /** The page with the "confirm" button behind the double opt-in link. */
    /** The link of a personal invitation to an invitation-only event. */
    public static String invitation(String token) {
        return REGISTRATION + "/einladung/" + token;
    }

    public static String registrationConfirmation(String token) {
        return REGISTRATION + "/bestaetigen/" + token;
    }

    /** The registration form of a public event. */
    public static String registrationForm(long eventId) {
        return eventPage(eventId) + "/anmelden";
    }

    /** A staff member's task page. */
    public static String taskPage(String taskId) {
        return "/tasks/" + taskId;
    }

    /** A process instance in Cockpit, for operators. */
    public static String cockpitProcessInstance(String processInstanceId) {
        return COCKPIT + "#/process-instance/" + processInstanceId + "/runtime";
    }

    /** The absolute form of one of the paths above, as mails need it. */
    public String absolute(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
