package de.klimaflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;

/** The code shape of DESIGN.md §3, checked on every build. */
@AnalyzeClasses(packages = "de.klimaflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsUseServicesNotRepositories = noClasses()
            .that().areAssignableTo(Component.class)
            .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
            .because("views go through the feature's services");

    @ArchTest
    static final ArchRule viewsDoNotTouchTheEngine = noClasses()
            .that().areAssignableTo(Component.class)
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm..")
            .because("views go through the feature's services; the engine stays behind them");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("de.klimaflow.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule codeLivesInFeaturePackages = classes()
            .that().resideOutsideOfPackage("de.klimaflow")
            .should().resideInAnyPackage("de.klimaflow.events..", "de.klimaflow.registration..",
                    "de.klimaflow.consultation..", "de.klimaflow.network..", "de.klimaflow.tasks..",
                    "de.klimaflow.notification..", "de.klimaflow.security..", "de.klimaflow.ui..");

    @ArchTest
    static final ArchRule sharedUiDependsOnNoFeature = noClasses()
            .that().resideInAPackage("de.klimaflow.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("de.klimaflow.events..", "de.klimaflow.registration..",
                    "de.klimaflow.consultation..", "de.klimaflow.network..", "de.klimaflow.tasks..")
            .because("the shell finds views through @Menu, so features can depend on ui and not the other way");
}
