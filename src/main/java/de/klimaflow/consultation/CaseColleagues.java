package de.klimaflow.consultation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.regions.Colleagues;

/**
 * Colleagues for a case: managers from similar municipalities who agreed to be contacted, up to three, and the
 * introduction the advisor sends to both sides, recorded on the case's timeline.
 */
@Service
@Transactional
public class CaseColleagues {

    public static final int PROPOSALS = 3;

    private final ConsultationService cases;
    private final CaseTimeline timeline;
    private final Colleagues colleagues;

    CaseColleagues(ConsultationService cases, CaseTimeline timeline, Colleagues colleagues) {
        this.cases = cases;
        this.timeline = timeline;
        this.colleagues = colleagues;
    }

    /** Whom to propose while the case is open; none for a municipality outside the master data. */
    @Transactional(readOnly = true)
    public List<Colleagues.Colleague> proposals(long caseId) {
        ConsultationCase found = cases.requireCase(caseId);
        Long municipality = found.getMunicipalityId();
        if (municipality == null || !found.getStage().isOpen()) {
            return List.of();
        }
        return colleagues.similarTo(municipality, PROPOSALS);
    }

    /**
     * Records on the timeline that the advisor put the municipality in touch with the colleague, who must still agree
     * to it; the process sends the mails.
     *
     * @throws IllegalStateException when the colleague withdrew their consent, or the case is closed
     */
    public Colleagues.Colleague introduce(long caseId, long colleagueId) {
        ConsultationCase found = cases.requireCase(caseId);
        if (!found.getStage().isOpen()) {
            throw new IllegalStateException("case " + caseId + " is closed");
        }
        Colleagues.Colleague colleague = colleagues
                .consenting(colleagueId)
                .orElseThrow(() -> new IllegalStateException("colleague " + colleagueId + " may not be contacted"));
        // the timeline names the colleague's municipality, not the person: an erasure of their data finds them
        // elsewhere
        timeline.step(
                caseId,
                CaseEntry.Kind.INTRODUCTION,
                TimelineMessage.of("case.log.introduced", colleague.municipality()));
        return colleague;
    }

    /** The colleague of an introduction, for its mail; empty once they withdrew their consent. */
    @Transactional(readOnly = true)
    public Optional<Colleagues.Colleague> consenting(long colleagueId) {
        return colleagues.consenting(colleagueId);
    }
}
