package de.klimaflow.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import com.vaadin.flow.i18n.I18NProvider;

import de.klimaflow.platform.PdfPage;

/**
 * The record of processing activities (GDPR Art. 30), generated from the features' own declarations: for each kind
 * of personal data, its categories of data, purpose, legal basis, retention and recipients. A feature that starts to
 * hold a new kind of data adds it to its holder, and the record follows.
 */
@Service
public class ProcessingRecord {

    private static final List<String> ASPECTS = List.of("data", "purpose", "legalBasis", "retention", "recipients");

    private final List<PersonalDataHolder> holders;
    private final I18NProvider texts;

    ProcessingRecord(List<PersonalDataHolder> holders, I18NProvider texts) {
        this.holders = holders;
        this.texts = texts;
    }

    /** One kind of data with what the record says about it, in words. */
    public record Activity(String name, List<Aspect> aspects) {}

    /** One line of an activity: what it says, e.g. "Zweck: …". */
    public record Aspect(String label, String text) {}

    public List<Activity> activities(Locale locale) {
        return holders.stream()
                .flatMap(holder -> holder.categories().stream())
                .distinct()
                .map(category -> new Activity(
                        text(category, locale),
                        ASPECTS.stream()
                                .map(aspect -> new Aspect(
                                        text("privacy.about." + aspect, locale), text(category + "." + aspect, locale)))
                                .toList()))
                .sorted(java.util.Comparator.comparing(Activity::name))
                .toList();
    }

    /** The same record as a PDF for the data protection officer. */
    public byte[] pdf(Locale locale) {
        List<String> lines = new ArrayList<>();
        for (Activity activity : activities(locale)) {
            lines.add("# " + activity.name());
            activity.aspects().forEach(aspect -> lines.add(aspect.label() + ": " + aspect.text()));
        }
        return PdfPage.lines(
                text("privacy.record.title", locale), text("privacy.record.subtitle", locale), lines, locale);
    }

    private String text(String key, Locale locale) {
        return texts.getTranslation(key, locale);
    }
}
