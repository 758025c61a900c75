package de.klimaflow.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventPublished;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventStatus;
import de.klimaflow.events.EventType;
import de.klimaflow.platform.MailAddresses;
import de.klimaflow.regions.ClimateManagerAppointed;
import de.klimaflow.regions.Regions;
import de.klimaflow.registration.Invitations;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.Groups;

/**
 * The directory of the state's climate-protection managers and who of them is in the network. Network
 * members are invited to every network meeting: all of them when a meeting is published, and a member
 * who joins later to the next meeting that still takes registrations.
 */
@Service
@Transactional
public class NetworkDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkDirectory.class);
    /** Who invites when no staff member acts (a published meeting, a filled position). */
    public static final String SYSTEM = "system";

    /** A directory entry as staff see it. */
    public record Entry(
            long id,
            String name,
            String email,
            String municipality,
            @Nullable String district,
            LocalDate since,
            @Nullable String fundedBy,
            boolean networkMember,
            boolean publicListing,
            @Nullable Instant consentAt,
            boolean contactConsent,
            @Nullable Instant contactConsentAt) {}

    /** What the public directory shows of a person who consented: no address. */
    public record PublicEntry(String name, String municipality, LocalDate since) {}

    private final ClimateManagerRepository managers;
    private final Regions regions;
    private final EventService events;
    private final Invitations invitations;
    private final CurrentUser currentUser;
    private final Clock clock;

    NetworkDirectory(
            ClimateManagerRepository managers,
            Regions regions,
            EventService events,
            Invitations invitations,
            CurrentUser currentUser,
            Clock clock) {
        this.managers = managers;
        this.regions = regions;
        this.events = events;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A consultation ended with a filled position: the new manager joins the directory and the network. */
    @EventListener
    void appointed(ClimateManagerAppointed appointed) {
        enter(
                appointed.name(),
                appointed.email(),
                appointed.municipalityId(),
                appointed.municipality(),
                appointed.since(),
                appointed.fundedBy(),
                appointed.publicListing(),
                appointed.caseId());
    }

    /**
     * Enters (or updates, by address) a manager as network member and invites them to the next network
     * meeting that takes registrations; returns the entry's id.
     */
    public long enter(
            String name,
            String email,
            @Nullable Long municipalityId,
            String municipality,
            LocalDate since,
            @Nullable String fundedBy,
            boolean publicListing,
            @Nullable Long caseId) {
        String address = email.strip();
        if (!MailAddresses.isValid(address)) {
            throw new IllegalArgumentException("invalid address");
        }
        Optional<Regions.MunicipalityInfo> known = Optional.ofNullable(municipalityId)
                .flatMap(regions::municipality)
                .or(() -> regions.municipalityNamed(municipality));
        @Nullable Long knownId = known.map(Regions.MunicipalityInfo::id).orElse(null);
        String place = known.map(Regions.MunicipalityInfo::name).orElse(municipality.strip());
        @Nullable
        String district = known.map(Regions.MunicipalityInfo::district).orElse(null);
        ClimateManager manager = managers.findByEmailIgnoreCase(address)
                .map(found -> {
                    found.describe(name.strip(), knownId, place, district, since, fundedBy, caseId);
                    return found;
                })
                .orElseGet(() ->
                        new ClimateManager(address, name.strip(), knownId, place, district, since, fundedBy, caseId));
        manager.joinNetwork();
        manager.consent(publicListing, clock.instant());
        long id = managers.save(manager).toEntry().id();
        nextMeeting().ifPresent(meeting -> invite(meeting, List.of(manager)));
        return id;
    }

    /** A network meeting went public: every member is invited (those invited before are skipped). */
    @EventListener
    void published(EventPublished published) {
        if (published.type() == EventType.NETWORK_MEETING) {
            invite(published.eventId(), managers.findByNetworkMemberTrueOrderByNameAsc());
        }
    }

    /** The network meeting that takes registrations and starts first, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> nextMeeting() {
        return events.overview().stream()
                .filter(e -> e.type() == EventType.NETWORK_MEETING
                        && e.status() == EventStatus.PUBLISHED
                        && e.registrationOpen())
                .min(Comparator.comparing(EventOverview::startsAt))
                .map(EventOverview::id);
    }

    /** Invites in rounds of at most {@link Invitations#MAX_INVITATIONS}; those invited before are skipped. */
    private void invite(long eventId, List<ClimateManager> who) {
        for (int from = 0; from < who.size(); from += Invitations.MAX_INVITATIONS) {
            String list = who.subList(from, Math.min(who.size(), from + Invitations.MAX_INVITATIONS)).stream()
                    .map(m -> MailAddresses.oneLine(m.getName())
                                    .replaceAll("[<>\",;]", " ")
                                    .strip() + " <" + m.getEmail() + ">")
                    .collect(Collectors.joining("\n"));
            Invitations.InvitationRound round = invitations.invite(
                    eventId, list, Locale.GERMAN, currentUser.id().orElse(SYSTEM));
            LOG.info(
                    "Network meeting {}: {} invited, {} invited before, {} refused {}",
                    eventId,
                    round.invited(),
                    round.alreadyInvited().size(),
                    round.invalid().size(),
                    round.invalid());
        }
    }

    @Transactional(readOnly = true)
    public List<Entry> entries() {
        return managers.findAllByOrderByDistrictAscMunicipalityAscNameAsc().stream()
                .map(ClimateManager::toEntry)
                .toList();
    }

    /** Those who consented, grouped by district ("weitere" for a municipality outside the master data). */
    @Transactional(readOnly = true)
    public Map<String, List<PublicEntry>> publicDirectory() {
        Map<String, List<PublicEntry>> byDistrict = new LinkedHashMap<>();
        managers.findByPublicListingTrueOrderByDistrictAscMunicipalityAscNameAsc().stream()
                .map(ClimateManager::toEntry)
                .forEach(entry -> byDistrict
                        .computeIfAbsent(
                                entry.district() == null ? "" : entry.district(),
                                district -> new java.util.ArrayList<>())
                        .add(new PublicEntry(entry.name(), entry.municipality(), entry.since())));
        return byDistrict;
    }

    /**
     * A member left the network: the entry goes, with it the public listing. Only the advisors keep the directory. The
     * meeting invitations already sent belong to those events and go with their retention.
     */
    public void leave(long id) {
        if (!currentUser.isIn(Groups.ADVISORS)) {
            throw new IllegalStateException("only the advisors keep the directory");
        }
        managers.delete(
                managers.findById(id).orElseThrow(() -> new IllegalArgumentException("no directory entry " + id)));
    }

    /** Consent to be contacted by colleagues given or withdrawn, with its date, as the member told the advisors. */
    public void setContactConsent(long id, boolean agreed) {
        managers.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("no directory entry " + id))
                .consentToContact(agreed, clock.instant());
    }

    /** Consent given or withdrawn; withdrawn, the entry leaves the public directory at once. */
    public void setPublicListing(long id, boolean listed) {
        managers.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("no directory entry " + id))
                .consent(listed, clock.instant());
    }
}
