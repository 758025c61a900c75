package de.klimaflow.events;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AgendaMaterialRepository extends JpaRepository<AgendaMaterial, Long> {

    /** Releases what is not yet public, without reading any file; returns how many. */
    @Modifying
    @Query("update AgendaMaterial m set m.releasedAt = :at where m.eventId = :eventId and m.releasedAt is null")
    int release(long eventId, Instant at);

    /** The event's materials without their bytes: lists and the public page read these, never the files. */
    List<Row> findRowsByEventIdOrderByIdAsc(long eventId);

    /** A material as lists need it (a closed projection: the content is not selected). */
    interface Row {
        Long getId();

        long getAgendaItemId();

        String getFileName();

        int getSizeBytes();

        @Nullable
        Instant getReleasedAt();

        default Materials.Material toView() {
            return new Materials.Material(
                    getId(), getAgendaItemId(), getFileName(), getSizeBytes(), getReleasedAt() != null);
        }
    }
}
