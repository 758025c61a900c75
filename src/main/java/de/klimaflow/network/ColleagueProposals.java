package de.klimaflow.network;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.regions.Colleagues;
import de.klimaflow.regions.Regions;

/**
 * The network's answer to who may be put in touch: members who gave their consent to be contacted, from a municipality
 * of the master data like the one asking.
 */
@Component
@Transactional(readOnly = true)
class ColleagueProposals implements Colleagues {

    private final ClimateManagerRepository managers;
    private final Regions regions;

    ColleagueProposals(ClimateManagerRepository managers, Regions regions) {
        this.managers = managers;
        this.regions = regions;
    }

    @Override
    public List<Colleague> similarTo(long municipalityId, int limit) {
        Regions.MunicipalityInfo here = regions.municipality(municipalityId).orElse(null);
        Integer size = here == null ? null : here.population();
        if (here == null || size == null) {
            return List.of();
        }
        int population = size;
        record Candidate(ClimateManager manager, Regions.MunicipalityInfo place, int population) {}
        return managers.findByContactConsentTrueAndNetworkMemberTrue().stream()
                .filter(manager -> manager.getMunicipalityId() != null
                        && !manager.getMunicipalityId().equals(municipalityId))
                .flatMap(manager -> regions.municipality(manager.getMunicipalityId()).stream()
                        .filter(place -> place.population() != null)
                        .map(place -> new Candidate(manager, place, place.population())))
                .filter(c -> c.place().kind() == here.kind())
                .filter(c -> c.population() * 2 >= population && c.population() <= population * 2)
                .sorted(Comparator.<Candidate>comparingInt(c -> distance(here, c.place()))
                        .thenComparingDouble(c -> Math.abs(Math.log((double) c.population() / population)))
                        .thenComparing(c -> c.manager().getName()))
                .limit(limit)
                .map(c -> colleague(c.manager(), c.place().district()))
                .toList();
    }

    @Override
    public Optional<Colleague> consenting(long colleagueId) {
        return managers.findById(colleagueId)
                .filter(manager -> manager.toEntry().contactConsent() && manager.isNetworkMember())
                .map(manager -> colleague(
                        manager,
                        manager.toEntry().district() == null
                                ? ""
                                : manager.toEntry().district()));
    }

    /** 0 in the same district, 1 in the same planning region, 2 farther. */
    private static int distance(Regions.MunicipalityInfo here, Regions.MunicipalityInfo there) {
        if (here.district().equals(there.district())) {
            return 0;
        }
        return here.region().equals(there.region()) ? 1 : 2;
    }

    private static Colleague colleague(ClimateManager manager, String district) {
        NetworkDirectory.Entry entry = manager.toEntry();
        return new Colleague(entry.id(), entry.name(), entry.email(), entry.municipality(), district);
    }
}
