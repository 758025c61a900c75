package de.klimaflow.regions;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The planning regions and whom to invite there. */
@Service
@Transactional(readOnly = true)
public class Regions {

    /** A region as other features see it. */
    public record Region(long id, String name) {}

    /** A municipality's contact for invitations; contact fields may be empty. */
    public record MunicipalContact(
            long municipalityId, String municipality, String district, String contactName, String contactEmail) {}

    /** A municipality as the consultation sees it: kind, size, district and region, and the region's advisor. */
    public record MunicipalityInfo(
            long id,
            String name,
            MunicipalityKind kind,
            String state,
            @Nullable Integer population,
            String district,
            String region,
            @Nullable String regionAdvisor) {}

    private final PlanningRegionRepository regions;
    private final MunicipalityRepository municipalities;

    public Regions(PlanningRegionRepository regions, MunicipalityRepository municipalities) {
        this.regions = regions;
        this.municipalities = municipalities;
    }

    public List<Region> all() {
        return regions.findAllByOrderByNameAsc().stream()
                .map(r -> new Region(r.getId(), r.getName()))
                .toList();
    }

    public Optional<Region> find(long id) {
        return regions.findById(id).map(r -> new Region(r.getId(), r.getName()));
    }

    /** The names of the region's municipalities, alphabetically, e.g. to pick one's own on a form. */
    public List<String> municipalityNames(long regionId) {
        return municipalities.findByRegion(regionId).stream()
                .map(m -> m.getName())
                .sorted()
                .toList();
    }

    /** Every municipality with its district and region, alphabetically. */
    public List<MunicipalityInfo> municipalities() {
        return municipalities.findAllWithRegion().stream().map(Regions::info).toList();
    }

    public Optional<MunicipalityInfo> municipality(long id) {
        return municipalities.findById(id).map(Regions::info);
    }

    /** The municipality of this name ("Stadt Burg" finds "Burg"), if the master data knows it. */
    public Optional<MunicipalityInfo> municipalityNamed(String name) {
        String plain = name.strip().replaceFirst("^(?i)(Stadt|Gemeinde|Landkreis|Hansestadt|Lutherstadt)\\s+", "");
        return municipalities
                .findFirstByNameIgnoreCase(name.strip())
                .or(() -> municipalities.findFirstByNameIgnoreCase(plain))
                .map(Regions::info);
    }

    private static MunicipalityInfo info(Municipality m) {
        PlanningRegion region = m.getDistrict().getRegion();
        return new MunicipalityInfo(
                m.getId(),
                m.getName(),
                m.getKind(),
                m.getState(),
                m.getPopulation(),
                m.getDistrict().getName(),
                region.getName(),
                region.getAdvisor());
    }

    /** Every municipality of the region with its contact, ordered by district and name. */
    public List<MunicipalContact> contactsOf(long regionId) {
        return municipalities.findByRegion(regionId).stream()
                .map(m -> new MunicipalContact(
                        m.getId(), m.getName(), m.getDistrict().getName(), m.getContactName(), m.getContactEmail()))
                .toList();
    }
}
