package de.klimaflow.events.backoffice;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventStatus;
import de.klimaflow.events.Materials;
import de.klimaflow.events.Programme;
import de.klimaflow.platform.Formats;
import de.klimaflow.ui.DownloadLink;
import de.klimaflow.ui.FileUploads;

/**
 * The programme of an event, part by part: the items with their time and speakers, and after the event the slides per
 * item. The event team edits it while the event is planned or running, and releases the slides to the public page.
 */
class AgendaPanel extends Composite<Details> {

    private final Programme programme;
    private final Materials materials;
    private final EventOverview event;
    private final boolean editable;
    private final boolean handlesMaterials;
    private final VerticalLayout content = new VerticalLayout();

    /**
     * @param teamMember whether the viewer is of the event team: they edit the programme until the event is over or
     *     cancelled, and handle the slides also after the follow-up
     */
    AgendaPanel(Programme programme, Materials materials, EventOverview event, boolean teamMember) {
        this.programme = programme;
        this.materials = materials;
        this.event = event;
        this.editable =
                teamMember && event.status() != EventStatus.CANCELLED && event.status() != EventStatus.COMPLETED;
        this.handlesMaterials = teamMember && event.status() != EventStatus.CANCELLED;
        Details details = getContent();
        details.setSummaryText(getTranslation("agenda"));
        details.addClassName("agenda-panel");
        details.setOpened(true);
        content.setPadding(false);
        details.add(content);
        render();
    }

    private void render() {
        content.removeAll();
        List<Programme.Item> items = programme.agenda(event.id());
        Map<Long, List<Programme.Item>> byPart = items.stream().collect(Collectors.groupingBy(Programme.Item::partId));
        boolean uploads = handlesMaterials && materials.uploadsOpen(event.id());
        if (items.isEmpty()) {
            content.add(new Paragraph(getTranslation("agenda.empty")));
        }
        for (EventOverview.PartOverview part : event.parts()) {
            List<Programme.Item> ofPart = byPart.getOrDefault(part.id(), List.of());
            if (ofPart.isEmpty()) {
                continue;
            }
            content.add(new H4(part.title() + (part.room() == null ? "" : ", " + part.room())));
            UnorderedList list = new UnorderedList();
            list.addClassName("agenda-items");
            ofPart.forEach(item -> list.add(line(item, uploads)));
            content.add(list);
        }
        if (editable) {
            Button add = new Button(
                    getTranslation("agenda.add"),
                    VaadinIcon.PLUS.create(),
                    click -> new AgendaItemEditor(programme, event, null, this::render).open());
            add.addClassName("agenda-add");
            content.add(add);
        }
        boolean unreleased =
                items.stream().flatMap(item -> item.materials().stream()).anyMatch(material -> !material.released());
        if (handlesMaterials && unreleased) {
            content.add(releaseButton());
        }
    }

    private ListItem line(Programme.Item item, boolean uploads) {
        String time = item.endsAt() == null
                ? Formats.dateTime(item.startsAt())
                : Formats.span(item.startsAt(), item.endsAt());
        ListItem line = new ListItem(new Span(time + " · " + item.title()));
        line.addClassName("agenda-item");
        if (!item.speakers().isEmpty()) {
            line.add(new Div(getTranslation(
                    "agenda.speakers.line",
                    item.speakers().stream()
                            .map(s ->
                                    s.organisation() == null || s.organisation().isBlank()
                                            ? s.name()
                                            : s.name() + " (" + s.organisation() + ")")
                            .collect(Collectors.joining(", ")))));
        }
        for (Materials.Material material : item.materials()) {
            Div file = new Div(DownloadLink.named(
                    material.fileName(),
                    material.fileName(),
                    () -> materials
                            .any(event.id(), material.id())
                            .map(Materials.Download::content)
                            .orElse(new byte[0])));
            file.add(new Span(" · "
                    + getTranslation(material.released() ? "agenda.material.public" : "agenda.material.attendees")));
            file.addClassName("agenda-material");
            if (handlesMaterials) {
                // a wrong file comes out again, also after the release (the public page stops listing it)
                Button remove = new Button(getTranslation("agenda.material.remove"), click -> {
                    materials.remove(event.id(), material.id());
                    Notification.show(getTranslation("agenda.material.removed", material.fileName()));
                    render();
                });
                remove.addThemeVariants(
                        ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("agenda.material.remove") + ": " + material.fileName());
                remove.addClassName("agenda-material-remove");
                file.add(remove);
            }
            line.add(file);
        }
        if (editable) {
            Button edit = new Button(
                    getTranslation("agenda.edit"),
                    click -> new AgendaItemEditor(programme, event, item, this::render).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.addClassName("agenda-edit");
            Button remove = new Button(getTranslation("agenda.remove"), click -> confirmRemove(item));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClassName("agenda-remove");
            line.add(new Div(edit, remove));
        }
        if (uploads) {
            line.add(upload(item));
        }
        return line;
    }

    private Upload upload(Programme.Item item) {
        Upload upload = FileUploads.of(
                this,
                Materials.MAX_BYTES,
                Materials.TOO_LARGE,
                (fileName, bytes) -> materials.upload(event.id(), item.id(), fileName, bytes),
                stored -> {
                    Notification.show(getTranslation("agenda.material.saved", stored.fileName()));
                    render();
                },
                ".pdf",
                "application/pdf");
        upload.addClassName("agenda-upload");
        return upload;
    }

    private void confirmRemove(Programme.Item item) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("agenda.remove.confirm", item.title()));
        dialog.setText(getTranslation("agenda.remove.consequence"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("agenda.cancel"));
        dialog.setConfirmText(getTranslation("agenda.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            programme.remove(event.id(), item.id());
            render();
        });
        dialog.open();
    }

    private Button releaseButton() {
        Button release = new Button(getTranslation("agenda.material.release"), click -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("agenda.material.release"));
            dialog.setText(getTranslation("agenda.material.release.consequence"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("agenda.cancel"));
            dialog.setConfirmText(getTranslation("agenda.material.release"));
            dialog.addConfirmListener(confirmed -> {
                int released = materials.release(event.id());
                Notification.show(getTranslation("agenda.material.released", released));
                render();
            });
            dialog.open();
        });
        release.addClassName("agenda-release");
        return release;
    }
}
