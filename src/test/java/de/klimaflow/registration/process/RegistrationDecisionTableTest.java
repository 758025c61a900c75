package de.klimaflow.registration.process;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** processes/registration-decision.dmn on the engine's own DMN engine: one case per rule, and which rule answered. */
class RegistrationDecisionTableTest {

    /** The id of the rule that answered the last evaluation, as the engine's listener reports it. */
    private static final AtomicReference<String> MATCHED = new AtomicReference<>();

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(evaluated -> MATCHED.set(
                evaluated.getMatchingRules().isEmpty()
                        ? null
                        : evaluated.getMatchingRules().get(0).getId())));
        engine = configuration.buildEngine();
        try (InputStream model = Files.newInputStream(Path.of("processes", "registration-decision.dmn"))) {
            decision = engine.parseDecision(RegistrationProcess.DECISION_KEY, model);
        }
    }

    @ParameterizedTest(name = "{0}: {7}")
    @CsvSource({
        // rule,   audience,   invited, open,  inAudience, seats, role,            answer
        "Rule_1, OPEN,       false,   false, true,       10,    ELECTED_OFFICIAL, REJECT",
        "Rule_2, INVITATION, false,   true,  true,       10,    CLIMATE_MANAGER,  REJECT",
        "Rule_3, INVITATION, true,    true,  false,      0,     CLIMATE_MANAGER,  APPROVE",
        "Rule_4, OPEN,       false,   true,  false,      10,    ADMINISTRATION,   REVIEW",
        "Rule_5, OPEN,       false,   true,  true,       0,     ELECTED_OFFICIAL, WAITLIST",
        "Rule_6, OPEN,       false,   true,  true,       1,     OTHER,            APPROVE",
    })
    void eachRuleAnswersItsCase(
            String rule,
            String audience,
            boolean invited,
            boolean open,
            boolean inAudience,
            long seats,
            String role,
            String answer) {
        Map<String, Object> facts = Map.of(
                RegistrationProcess.VAR_AUDIENCE_RULE,
                audience,
                RegistrationProcess.VAR_HAS_INVITATION,
                invited,
                RegistrationProcess.VAR_REGISTRATION_OPEN,
                open,
                RegistrationProcess.VAR_ROLE_IN_AUDIENCE,
                inAudience,
                RegistrationProcess.VAR_SEATS_LEFT,
                seats,
                RegistrationProcess.VAR_ROLE,
                role);
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, facts);
        assertThat((Object) result.getSingleResult().getSingleEntry()).isEqualTo(answer);
        assertThat(MATCHED.get()).isEqualTo(rule);
    }
}
