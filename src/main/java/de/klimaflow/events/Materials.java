package de.klimaflow.events;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.UploadedFiles;
import de.klimaflow.security.CurrentUser;

/**
 * Slides per agenda item, as PDF, uploaded once the event has begun. Those who attended reach them behind their own
 * link at once; the public page lists them once the event team released them.
 */
@Service
@Transactional
public class Materials {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final String TOO_LARGE = "agenda.material.tooLarge";

    /** A material as lists show it. */
    public record Material(long id, long agendaItemId, String fileName, int sizeBytes, boolean released) {}

    /** A file to hand out. */
    public record Download(String fileName, byte[] content) {}

    private final AgendaMaterialRepository materials;
    private final AgendaItemRepository items;
    private final EventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    Materials(
            AgendaMaterialRepository materials,
            AgendaItemRepository items,
            EventRepository events,
            CurrentUser currentUser,
            Clock clock) {
        this.materials = materials;
        this.items = items;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether slides can be uploaded: once the event has begun, unless it was cancelled. */
    @Transactional(readOnly = true)
    public boolean uploadsOpen(long eventId) {
        return events.findWithDetailsById(eventId)
                .filter(event -> event.getStatus() != EventStatus.CANCELLED
                        && !event.startsAt().isAfter(clock.instant()))
                .isPresent();
    }

    /**
     * Stores a PDF at the item; refuses an empty, too large or other file, and any before the event began.
     *
     * @throws UploadedFiles.Refused with the message key of the reason
     */
    public Material upload(long eventId, long itemId, String fileName, byte[] content) {
        AgendaItem item = items.findById(itemId)
                .filter(found -> found.getEventId() == eventId)
                .orElseThrow(() -> new IllegalArgumentException("no agenda item " + itemId + " in " + eventId));
        if (!uploadsOpen(eventId)) {
            throw new UploadedFiles.Refused("agenda.material.beforeEvent");
        }
        if (content.length == 0) {
            throw new UploadedFiles.Refused("agenda.material.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UploadedFiles.Refused(TOO_LARGE);
        }
        if (!UploadedFiles.isPdf(content)) {
            throw new UploadedFiles.Refused("agenda.material.type");
        }
        String name = UploadedFiles.cleanName(fileName, "pdf", "folien");
        return materials
                .save(new AgendaMaterial(
                        item.getId(), eventId, name, content, clock.instant(), currentUser.requireId()))
                .toView();
    }

    public void remove(long eventId, long materialId) {
        materials.findById(materialId).filter(m -> m.getEventId() == eventId).ifPresent(materials::delete);
    }

    /** The event team's release: the public page lists every material of the event uploaded so far; returns how many were new. */
    public int release(long eventId) {
        return materials.release(eventId, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Material> of(long eventId) {
        return materials.findRowsByEventIdOrderByIdAsc(eventId).stream()
                .map(AgendaMaterialRepository.Row::toView)
                .toList();
    }

    /** A released material of the event, for anyone. */
    @Transactional(readOnly = true)
    public Optional<Download> released(long eventId, long materialId) {
        return download(eventId, materialId, true);
    }

    /** Any material of the event: for staff and, behind their own link, for those who attended. */
    @Transactional(readOnly = true)
    public Optional<Download> any(long eventId, long materialId) {
        return download(eventId, materialId, false);
    }

    private Optional<Download> download(long eventId, long materialId, boolean releasedOnly) {
        return materials
                .findById(materialId)
                .filter(m -> m.getEventId() == eventId && (!releasedOnly || m.getReleasedAt() != null))
                .map(m -> new Download(m.toView().fileName(), m.getContent()));
    }
}
