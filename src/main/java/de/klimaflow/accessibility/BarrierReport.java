package de.klimaflow.accessibility;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone reports a barrier on the public pages and gets an answer by the due date. */
@Entity
@Table(name = "barrier_report")
class BarrierReport {

    static final String ANONYMISED = de.klimaflow.platform.Anonymised.MARKER;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable String page;
    private String description;
    private @Nullable String name;
    private String email;
    private String language;
    private Instant receivedAt;
    private Instant replyDueAt;
    private @Nullable String reply;
    private @Nullable String repliedBy;
    private @Nullable Instant repliedAt;
    private @Nullable Instant anonymisedAt;

    @Version
    private long version;

    protected BarrierReport() {}

    BarrierReport(NewBarrierReport report, Instant now, Instant replyDueAt) {
        this.page = report.page();
        this.description = report.description();
        this.name = report.name();
        this.email = report.email();
        this.language = report.locale().getLanguage();
        this.receivedAt = now;
        this.replyDueAt = replyDueAt;
    }

    void answer(String text, String by, Instant now) {
        if (reply != null) {
            throw new IllegalStateException("answered already");
        }
        reply = text;
        repliedBy = by;
        repliedAt = now;
    }

    /** What identifies the person goes; that a report came, about which page, and the answer stay. */
    void anonymise(Instant now) {
        name = null;
        email = ANONYMISED + "-" + id + "@anonymisiert.invalid";
        description = ANONYMISED;
        anonymisedAt = now;
    }

    BarrierReports.ReportView toView() {
        return new BarrierReports.ReportView(
                id,
                page,
                description,
                name,
                email,
                Locale.forLanguageTag(language),
                receivedAt,
                replyDueAt,
                reply,
                repliedAt);
    }
}
