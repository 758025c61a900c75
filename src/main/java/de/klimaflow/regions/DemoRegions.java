package de.klimaflow.regions;

import java.util.List;
import java.util.Map;

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

    private static final Map<String, List<String>> TOWNS = Map.of(
            "Börde", List.of("Oschersleben (Bode)", "Wanzleben-Börde", "Hohe Börde", "Barleben", "Wolmirstedt",
                    "Haldensleben"),
            "Salzlandkreis", List.of("Schönebeck (Elbe)", "Staßfurt", "Bernburg (Saale)", "Aschersleben"),
            "Jerichower Land", List.of("Burg", "Genthin", "Möckern"),
            "Magdeburg", List.of("Landeshauptstadt Magdeburg"));

    private final PlanningRegionRepository regions;
    private final DistrictRepository districts;
    private final MunicipalityRepository municipalities;

    public DemoRegions(PlanningRegionRepository regions, DistrictRepository districts,
            MunicipalityRepository municipalities) {
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
        PlanningRegion region = regions.save(new PlanningRegion(REGION));
        TOWNS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            District.Kind kind = entry.getKey().equals("Magdeburg") ? District.Kind.CITY : District.Kind.DISTRICT;
            District district = districts.save(new District(region, entry.getKey(), kind));
            for (String town : entry.getValue()) {
                String mailbox = town.toLowerCase(java.util.Locale.GERMAN).replaceAll("[^a-zäöüß]+", "-")
                        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                        .replaceAll("(^-|-$)", "");
                municipalities.save(new Municipality(district, town, "Bürgermeisteramt " + town,
                        "klimaschutz@" + mailbox + ".example"));
            }
        });
    }
}
