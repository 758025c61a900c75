package de.klimaflow.privacy.backoffice;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import de.klimaflow.privacy.HeldData;
import de.klimaflow.privacy.PersonalDataRequests;

/** One kind of data held about an address, item by item, in plain words: on the privacy page and a group's review. */
final class HeldDataDetails {

    private HeldDataDetails() {}

    static Details of(Component i18n, Locale locale, PersonalDataRequests requests, HeldData data) {
        VerticalLayout items = new VerticalLayout();
        items.setPadding(false);
        for (HeldData.Item item : data.items()) {
            UnorderedList fields = new UnorderedList();
            item.fields()
                    .forEach(field -> fields.add(
                            new ListItem(i18n.getTranslation(field.label()) + ": " + requests.value(field, locale))));
            items.add(new Paragraph(item.title()), fields);
        }
        Details details = new Details(
                i18n.getTranslation(data.category()) + " (" + data.items().size() + ")", items);
        details.addClassName("privacy-held");
        return details;
    }
}
