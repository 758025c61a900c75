package de.klimaflow.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.vaadin.flow.i18n.I18NProvider;

import de.klimaflow.platform.Formats;
import de.klimaflow.platform.MailAddresses;
import de.klimaflow.platform.PdfPage;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.Groups;

/**
 * A data subject's requests for one e-mail address (GDPR Art. 15 and 17), across every feature that holds personal
 * data: what is held, as JSON and as a PDF in plain words, with the earlier erasures of it. Erasure itself runs as a
 * process ({@link ErasureRequests}).
 */
@Service
@Transactional
public class PersonalDataRequests {

    private static final List<String> ABOUT = List.of("purpose", "legalBasis", "retention", "recipients");

    private final HeldDataSearch search;
    private final ErasureLogRepository erasures;
    private final ErasureKey key;
    private final CurrentUser currentUser;
    private final I18NProvider texts;
    private final ObjectMapper json;
    private final Clock clock;

    PersonalDataRequests(
            HeldDataSearch search,
            ErasureLogRepository erasures,
            ErasureKey key,
            CurrentUser currentUser,
            I18NProvider texts,
            ObjectMapper json,
            Clock clock) {
        this.search = search;
        this.erasures = erasures;
        this.key = key;
        this.currentUser = currentUser;
        this.texts = texts;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.clock = clock;
    }

    /** Everything held about one address, and the earlier erasures of it. */
    public record Report(String address, Instant at, List<HeldData> held, List<EarlierErasure> earlier) {

        public boolean isEmpty() {
            return held.isEmpty();
        }
    }

    /** An earlier erasure of the same address: when, by whom, how many things. */
    public record EarlierErasure(Instant at, String by, int items) {}

    /** A well-formed address, or empty: nothing else is looked up. */
    public static Optional<String> address(@Nullable String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(MailAddresses::isValid);
    }

    @Transactional(readOnly = true)
    public Report report(String typed) {
        String address = address(typed).orElseThrow(() -> new IllegalArgumentException("not an e-mail address"));
        List<HeldData> held =
                search.all(address).stream().map(HeldDataSearch.Found::data).toList();
        List<EarlierErasure> earlier = erasures.findByAddressHashOrderByAtDesc(key.of(address)).stream()
                .map(entry -> new EarlierErasure(entry.getAt(), entry.getActor(), entry.getItems()))
                .toList();
        return new Report(address, clock.instant(), held, earlier);
    }

    /** The report as JSON, in plain words in that language: each kind of data with its purpose, basis and retention. */
    @Transactional(readOnly = true)
    public byte[] json(String address, Locale locale) {
        Report report = report(address);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("address", report.address());
        document.put("exportedAt", report.at());
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (HeldData data : report.held()) {
            Map<String, Object> kind = new LinkedHashMap<>();
            kind.put("kind", text(data.category(), locale));
            ABOUT.forEach(about -> kind.put(about, text(data.category() + "." + about, locale)));
            kind.put(
                    "items",
                    data.items().stream()
                            .map(item -> {
                                Map<String, Object> fields = new LinkedHashMap<>();
                                fields.put(text("privacy.item", locale), item.title());
                                item.fields()
                                        .forEach(
                                                field -> fields.put(text(field.label(), locale), value(field, locale)));
                                return fields;
                            })
                            .toList());
            kinds.add(kind);
        }
        document.put("data", kinds);
        document.put("earlierErasures", report.earlier());
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report is plain data and always serialises", e);
        }
    }

    /** The same report as a PDF for the person, in that language. */
    @Transactional(readOnly = true)
    public byte[] pdf(String address, Locale locale) {
        Report report = report(address);
        List<String> lines = new ArrayList<>();
        for (HeldData data : report.held()) {
            lines.add("# " + text(data.category(), locale) + " (" + data.items().size() + ")");
            ABOUT.forEach(about -> lines.add(
                    text("privacy.about." + about, locale) + ": " + text(data.category() + "." + about, locale)));
            for (HeldData.Item item : data.items()) {
                lines.add(item.title());
                item.fields()
                        .forEach(field -> lines.add("  " + text(field.label(), locale) + ": " + value(field, locale)));
            }
        }
        if (report.held().isEmpty()) {
            lines.add(text("privacy.nothing", locale));
        }
        report.earlier()
                .forEach(e -> lines.add(text("privacy.erasedBefore", locale, Formats.dateTime(e.at()), e.by())));
        return PdfPage.lines(
                text("privacy.export.title", locale),
                report.address() + " · " + Formats.dateTime(report.at()),
                lines,
                locale);
    }

    /** Whether the signed-in user's groups hold this data (operators hold all): they see it in detail and erase it. */
    public boolean mayHandle(HeldData data) {
        return currentUser.isIn(Groups.OPERATORS) || data.groups().stream().anyMatch(currentUser::isIn);
    }

    /** A field's value in words: a bundle key is translated, a missing value is a dash. */
    public String value(HeldData.Field field, Locale locale) {
        String value = field.value();
        if (value == null || value.isBlank()) {
            return "–";
        }
        return value.startsWith("#") ? text(value.substring(1), locale) : value;
    }

    private String text(String key, Locale locale, Object... args) {
        return texts.getTranslation(key, locale, args);
    }
}
