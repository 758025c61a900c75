package de.klimaflow.overview.portal;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public gets a start page at "/", staff their task list; unknown paths are the public 404 page, not the staff
 * login; crawlers read the public pages only; a public page answers as a page unless JSON is asked for.
 */
@KlimaflowTest
class StartPageTest {

    @LocalServerPort
    int port;

    @Test
    void anAnonymousVisitorAtTheRootGetsThePublicStartPage() {
        WebSession visitor = new WebSession(port);
        HttpResponse<String> root = visitor.get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).get().asString().endsWith("/start");
        assertThat(root.headers().allValues("Set-Cookie"))
                .as("a citizen's visit opens no session")
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));

        HttpResponse<String> start = visitor.get("/start");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(start.body())
                .contains("Beratung für Kommunen", "Netzwerk Klimaschutzmanagement")
                .contains("href=\"/veranstaltungen\"", "href=\"/beratung\"", "href=\"/netzwerk\"", "href=\"/login\"");
        assertThat(start.headers().allValues("Set-Cookie"))
                .as("reading a public page opens no session")
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        assertThat(visitor.get("/start", "Accept-Language", "en").body()).contains("Advice for municipalities");
    }

    @Test
    void staffPagesAskForTheLoginAndUnknownPathsAreThePublic404() {
        WebSession visitor = new WebSession(port);
        HttpResponse<String> staff = visitor.get("/events");
        assertThat(staff.statusCode()).isEqualTo(302);
        assertThat(staff.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(visitor.get("/events/12/check-in").headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login");

        for (String unknown : new String[] {"/gibt-es-nicht", "/veranstaltungen-alt", "/wp-login.php"}) {
            HttpResponse<String> answer = visitor.get(unknown);
            assertThat(answer.statusCode()).as(unknown).isEqualTo(404);
            assertThat(answer.body()).as(unknown).contains("Seite nicht gefunden");
            assertThat(answer.headers().allValues("Set-Cookie"))
                    .as(unknown + " opens no session")
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
        HttpResponse<String> anyType = visitor.get("/veranstaltungen/999999", "Accept", "*/*");
        assertThat(anyType.statusCode()).isEqualTo(404);
        assertThat(anyType.headers().firstValue("Content-Type"))
                .as("a page, unless JSON is asked for")
                .get()
                .asString()
                .startsWith("text/html");
        assertThat(visitor.get("/veranstaltungen/999999", "Accept", "application/json")
                        .headers()
                        .firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/json");
    }

    @Test
    void everyPublicPageLeadsToTheSiteInLeichteSprache() {
        WebSession visitor = new WebSession(port);
        for (String page : new String[] {"/start", "/veranstaltungen", "/beratung", "/barrierefreiheit"}) {
            assertThat(visitor.get(page).body()).as(page).contains("href=\"/leichte-sprache\"");
        }
        HttpResponse<String> easy = visitor.get("/leichte-sprache", "Accept-Language", "en");
        assertThat(easy.statusCode()).isEqualTo(200);
        assertThat(easy.body())
                .as("German whatever the visitor's language, and marked as German")
                .contains("<main id=\"content\" lang=\"de\"", "Informationen in Leichter Sprache")
                .contains("Eine Veranstaltung finden", "Sich anmelden", "Die Anmeldung absagen")
                .contains("Beratung für Gemeinden", "Eine Barriere melden")
                .contains("href=\"/veranstaltungen\"", "href=\"/beratung\"", "href=\"/barrierefreiheit/melden\"");
    }

    @Test
    void robotsTxtAllowsThePublicPagesOnly() {
        HttpResponse<String> robots = new WebSession(port).get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(robots.body())
                .contains("User-agent: *", "Allow: /start", "Allow: /veranstaltungen", "Allow: /beratung")
                .contains("Allow: /leichte-sprache", "Allow: /barrierefreiheit")
                .contains("Disallow: /")
                .as("personal links are never indexed")
                .doesNotContain("Allow: /anmeldung");
    }
}
