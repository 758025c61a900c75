package de.klimaflow.regions;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: the planning region Magdeburg from the seed press release (Börde, Salzlandkreis,
 * Jerichower Land and the city of Magdeburg) with some of its real towns; contact addresses are made up.
 */
@Component
@Profile("demo")
@Order(5)
public class DemoRegions implements ApplicationRunner {

    static final String REGION = "Magdeburg";
    /** The demo advisor (see DemoUsers) takes the region's new consultation cases. */
    static final String DEMO_ADVISOR = "advisor";
    /** Rounded numbers of inhabitants; Hohe Börde and Barleben are municipalities, the others towns. */
    private static final Map<String, Integer> POPULATION = Map.ofEntries(
            Map.entry("Oschersleben (Bode)", 19_000),
            Map.entry("Wanzleben-Börde", 14_000),
            Map.entry("Hohe Börde", 18_000),
            Map.entry("Barleben", 9_000),
            Map.entry("Wolmirstedt", 11_000),
            Map.entry("Haldensleben", 19_000),
            Map.entry("Schönebeck (Elbe)", 30_000),
            Map.entry("Staßfurt", 25_000),
            Map.entry("Bernburg (Saale)", 32_000),
            Map.entry("Aschersleben", 27_000),
            Map.entry("Burg", 22_000),
            Map.entry("Genthin", 14_000),
            Map.entry("Möckern", 13_000),
            Map.entry("Landeshauptstadt Magdeburg", 240_000));

    private static final Map<String, List<String>> TOWNS = Map.of(
            "Börde",
                    List.of(
                            "Oschersleben (Bode)",
                            "Wanzleben-Börde",
                            "Hohe Börde",
                            "Barleben",
                            "Wolmirstedt",
                            "Haldensleben"),
            "Salzlandkreis", List.of("Schönebeck (Elbe)", "Staßfurt", "Bernburg (Saale)", "Aschersleben"),
            "Jerichower Land", List.of("Burg", "Genthin", "Möckern"),
            "Magdeburg", List.of("Landeshauptstadt Magdeburg"));

    private final PlanningRegionRepository regions;
    private final DistrictRepository districts;
    private final MunicipalityRepository municipalities;

    public DemoRegions(
            PlanningRegionRepository regions, DistrictRepository districts, MunicipalityRepository municipalities) {
        this.regions = regions;
        this.districts = districts;
        this.municipalities = municipalities;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (regions.findByName(REGION).isPresent()) {
            return;
        }
        PlanningRegion region = new PlanningRegion(REGION);
        region.assignAdvisor(DEMO_ADVISOR);
        regions.save(region);
        TOWNS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            District.Kind kind = entry.getKey().equals("Magdeburg") ? District.Kind.CITY : District.Kind.DISTRICT;
            District district = districts.save(new District(region, entry.getKey(), kind));
            for (String town : entry.getValue()) {
                String mailbox = town.toLowerCase(java.util.Locale.GERMAN)
                        .replaceAll("[^a-zäöüß]+", "-")
                        .replace("ä", "ae")
                        .replace("ö", "oe")
                        .replace("ü", "ue")
                        .replace("ß", "ss")
                        .replaceAll("(^-|-$)", "");
                Municipality municipality = new Municipality(
                        district, town, "Bürgermeisteramt " + town, "klimaschutz@" + mailbox + ".example");
                municipality.describe(
                        Set.of("Hohe Börde", "Barleben").contains(town)
                                ? MunicipalityKind.MUNICIPALITY
                                : MunicipalityKind.TOWN,
                        POPULATION.get(town));
                municipalities.save(municipality);
            }
        });
    }
}
