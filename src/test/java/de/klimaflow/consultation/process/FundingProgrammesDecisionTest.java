package de.klimaflow.consultation.process;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** processes/funding-programmes.dmn, one case per rule: which facts fire it and what it adds. */
class FundingProgrammesDecisionTest {

    private static final ThreadLocal<List<String>> MATCHED = new ThreadLocal<>();
    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(evaluated -> MATCHED.set(
                evaluated.getMatchingRules().stream().map(rule -> rule.getId()).toList())));
        engine = configuration.buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("processes", "funding-programmes.dmn"))) {
            decision = engine.parseDecision(ConsultationProcess.DECISION_KEY, in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // rule                        | kind         | population | concept | first | programmes
                // | a training it adds
                "FirstPositionState            | TOWN         | 20000      | true    | true  | LAND-KSM                  | Einstiegsqualifizierung Klimaschutzmanagement",
                "FirstPositionWithoutConcept   | TOWN         | 20000      | false   | true  | LAND-KSM,BUND-KSM-ERST    | Workshop: Klimaschutzkonzept ausschreiben und begleiten",
                "FollowUpWithConcept           | TOWN         | 20000      | true    | false | BUND-KSM-ANSCHLUSS        | Übergabe und Wissenssicherung im Klimaschutzmanagement",
                "FollowUpWithoutConcept        | TOWN         | 20000      | false   | false | ''                        | Klimaschutzkonzept fortschreiben vor der Anschlussstelle",
                "District                      | DISTRICT     | 180000     | true    | true  | LAND-KSM                  | Netzwerk der Landkreise: Klimaschutz in der Kreisverwaltung",
                "SmallMunicipality             | MUNICIPALITY | 3000       | true    | true  | LAND-KSM                  | Gemeinsame Stelle für kleine Gemeinden (Verbandsgemeinde, Verwaltungsgemeinschaft)",
            })
    void eachRuleAddsItsProgrammeAndTraining(
            String rule,
            String kind,
            int population,
            boolean concept,
            boolean first,
            String programmes,
            String training) {
        List<Map<String, Object>> rows = engine.evaluateDecisionTable(
                        decision,
                        Variables.createVariables()
                                .putValue("municipalityKind", kind)
                                .putValue("population", population)
                                .putValue("hasConcept", concept)
                                .putValue("firstPosition", first))
                .getResultList();
        assertThat(rows.stream()
                        .map(row -> row.get("programme"))
                        .filter(Objects::nonNull)
                        .toList())
                .containsExactlyInAnyOrder(programmes.isEmpty() ? new Object[0] : programmes.split(","));
        assertThat(rows.stream().map(row -> row.get("training")).toList())
                .as(rule)
                .contains(training);
        assertThat(MATCHED.get()).as("the rule fires").contains("Rule_" + rule);
    }

    @ParameterizedTest
    @CsvSource({"MUNICIPALITY, 4999, 1", "MUNICIPALITY, 5000, 0", "TOWN, 3000, 0"})
    void onlySmallMunicipalitiesAreAdvisedToShareAPosition(String kind, int population, int shared) {
        List<Map<String, Object>> rows = engine.evaluateDecisionTable(
                        decision,
                        Variables.createVariables()
                                .putValue("municipalityKind", kind)
                                .putValue("population", population)
                                .putValue("hasConcept", true)
                                .putValue("firstPosition", true))
                .getResultList();
        assertThat(rows.stream()
                        .filter(row -> String.valueOf(row.get("training")).startsWith("Gemeinsame Stelle"))
                        .count())
                .isEqualTo(shared);
    }
}
