package de.klimaflow.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.Materials;
import de.klimaflow.events.ParticipantExports;

/**
 * What a person who attended reaches behind their own link: the attendance certificate and the slides of the event,
 * the slides before the event team releases them to the public. Nobody else, and no registration that did not attend.
 */
@Service
@Transactional(readOnly = true)
public class AttendeeDocuments {

    private final RegistrationService registrations;
    private final ParticipantExports exports;
    private final Materials materials;

    AttendeeDocuments(RegistrationService registrations, ParticipantExports exports, Materials materials) {
        this.registrations = registrations;
        this.exports = exports;
        this.materials = materials;
    }

    /** The attendance certificate (a PDF), once they were checked in at the event; empty otherwise. */
    public Optional<byte[]> certificate(String selfServiceToken) {
        return attended(selfServiceToken)
                .filter(registration -> exports.certificatesAvailable(registration.getEventId()))
                .flatMap(registration -> exports.certificateOf(registration.getEventId(), registration.getId()));
    }

    /** Whether the certificate is there to download, without making it. */
    public boolean hasCertificate(String selfServiceToken) {
        return attended(selfServiceToken)
                .filter(registration -> exports.certificatesAvailable(registration.getEventId()))
                .isPresent();
    }

    /** The slides of the event they attended; empty for anyone else. */
    public List<Materials.Material> materials(String selfServiceToken) {
        return attended(selfServiceToken)
                .map(registration -> materials.of(registration.getEventId()))
                .orElse(List.of());
    }

    public Optional<Materials.Download> material(String selfServiceToken, long materialId) {
        return attended(selfServiceToken).flatMap(registration -> materials.any(registration.getEventId(), materialId));
    }

    private Optional<Registration> attended(String selfServiceToken) {
        return registrations
                .ownedBy(selfServiceToken)
                .filter(registration -> !registration.attendedParts().isEmpty());
    }
}
