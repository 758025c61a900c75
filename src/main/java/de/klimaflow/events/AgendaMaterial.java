package de.klimaflow.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Slides of an agenda item as PDF, uploaded after the event; public once the event team released them. */
@Entity
@Table(name = "agenda_material")
public class AgendaMaterial implements AgendaMaterialRepository.Row {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agendaItemId;
    private long eventId;
    private String fileName;
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private Instant uploadedAt;
    private String uploadedBy;
    private @Nullable Instant releasedAt;

    protected AgendaMaterial() {}

    AgendaMaterial(long agendaItemId, long eventId, String fileName, byte[] content, Instant at, String by) {
        this.agendaItemId = agendaItemId;
        this.eventId = eventId;
        this.fileName = fileName;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    @Override
    public String getFileName() {
        return fileName;
    }

    @Override
    public int getSizeBytes() {
        return sizeBytes;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public long getAgendaItemId() {
        return agendaItemId;
    }

    public long getEventId() {
        return eventId;
    }

    public byte[] getContent() {
        return content;
    }

    @Override
    public @Nullable Instant getReleasedAt() {
        return releasedAt;
    }
}
