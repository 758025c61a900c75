package de.klimaflow.network.process;

import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.klimaflow.network.NetworkDirectory;

/** Demo profile: three climate-protection managers of the Magdeburg region, two of them in the public directory. */
@Component
@Profile("demo")
@Order(20)
public class DemoNetwork implements ApplicationRunner {

    private final NetworkDirectory directory;

    public DemoNetwork(NetworkDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!directory.entries().isEmpty()) {
            return;
        }
        long sommer = directory.enter(
                "Lea Sommer",
                "klimaschutz@wanzleben-boerde.example",
                null,
                "Wanzleben-Börde",
                LocalDate.of(2024, 4, 1),
                "Landesförderung Klimaschutzmanagement",
                true,
                null);
        long kuehn = directory.enter(
                "Jonas Kühn",
                "klimaschutz@stassfurt.example",
                null,
                "Staßfurt",
                LocalDate.of(2023, 9, 1),
                null,
                true,
                null);
        directory.enter(
                "Mira Hofmann",
                "klimaschutz@genthin.example",
                null,
                "Genthin",
                LocalDate.of(2025, 2, 15),
                null,
                false,
                null);
        // two of them agreed that municipalities setting up a position may contact them
        directory.setContactConsent(sommer, true);
        directory.setContactConsent(kuehn, true);
    }
}
