package de.klimaflow;

import org.jspecify.annotations.NullMarked;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import de.klimaflow.tasks.backoffice.TaskForm;
import de.klimaflow.tasks.backoffice.TaskFormFactory;

import jakarta.persistence.Entity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The code shape described in the README ("Code shape"), checked on every build. Features from top to
 * bottom: consultation, network and accessibility, registration, events, tasks and notification, regions; below them
 * security, the shell (ui) and platform. Inside a feature: domain and services at its root,
 * {@code process}, {@code backoffice}, {@code portal} and {@code api}.
 */
@AnalyzeClasses(packages = "de.klimaflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {
        "de.klimaflow.overview..",
        "de.klimaflow.consultation..",
        "de.klimaflow.network..",
        "de.klimaflow.accessibility..",
        "de.klimaflow.registration..",
        "de.klimaflow.events..",
        "de.klimaflow.tasks..",
        "de.klimaflow.notification..",
        "de.klimaflow.privacy..",
        "de.klimaflow.regions.."
    };
    private static final String FACES = "(process|backoffice|portal|api)";

    @ArchTest
    static final ArchRule codeLivesInFeaturesAndTheirFaces = classes()
            .should(new ArchCondition<JavaClass>("live in a feature, in its root or one of its faces") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    String pkg = item.getPackageName();
                    boolean known = pkg.equals("de.klimaflow")
                            || pkg.matches(
                                    "de\\.klimaflow\\.(overview|consultation|network|accessibility|registration|events|tasks|notification"
                                            + "|privacy|regions|platform|security|ui)(\\." + FACES + ")?");
                    events.add(new SimpleConditionEvent(item, known, item.getName() + " is in " + pkg));
                }
            })
            .because(
                    "a newcomer finds every class by its feature and its face (domain, process, backoffice, portal, api)");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("de.klimaflow.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a cycle between features means neither can change alone");

    @ArchTest
    static final ArchRule facesHaveNoCycles = slices().assignedFrom(new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    String[] parts = javaClass.getPackageName().split("\\.");
                    return parts.length < 3
                            ? SliceIdentifier.ignore()
                            : SliceIdentifier.of(parts[2] + (parts.length > 3 ? "." + parts[3] : " (domain)"));
                }

                @Override
                public String getDescription() {
                    return "features and their faces";
                }
            })
            .should()
            .beFreeOfCycles()
            .because("inside a feature the faces build on the domain and never the other way round");

    @ArchTest
    static final ArchRule dependenciesPointDown = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("overview")
            .definedBy("de.klimaflow.overview..")
            .layer("consultation")
            .definedBy("de.klimaflow.consultation..")
            .layer("network")
            .definedBy("de.klimaflow.network..")
            .layer("accessibility")
            .definedBy("de.klimaflow.accessibility..")
            .layer("registration")
            .definedBy("de.klimaflow.registration..")
            .layer("events")
            .definedBy("de.klimaflow.events..")
            .layer("tasks")
            .definedBy("de.klimaflow.tasks..")
            .layer("notification")
            .definedBy("de.klimaflow.notification..")
            .layer("privacy")
            .definedBy("de.klimaflow.privacy..")
            .layer("regions")
            .definedBy("de.klimaflow.regions..")
            .layer("security")
            .definedBy("de.klimaflow.security..")
            .layer("ui")
            .definedBy("de.klimaflow.ui..")
            .layer("platform")
            .definedBy("de.klimaflow.platform..")
            .whereLayer("overview")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("consultation")
            .mayOnlyBeAccessedByLayers("overview")
            .whereLayer("network")
            .mayOnlyBeAccessedByLayers("overview")
            .whereLayer("accessibility")
            .mayOnlyBeAccessedByLayers("overview")
            .whereLayer("registration")
            .mayOnlyBeAccessedByLayers("overview", "consultation", "network")
            .whereLayer("events")
            .mayOnlyBeAccessedByLayers("overview", "consultation", "network", "registration")
            .whereLayer("tasks")
            .mayOnlyBeAccessedByLayers("overview", "consultation", "network", "accessibility", "registration", "events")
            .whereLayer("notification")
            .mayOnlyBeAccessedByLayers(
                    "overview", "consultation", "network", "accessibility", "registration", "events", "tasks")
            .whereLayer("privacy")
            .mayOnlyBeAccessedByLayers(
                    "overview",
                    "consultation",
                    "network",
                    "accessibility",
                    "registration",
                    "events",
                    "tasks",
                    "notification")
            .whereLayer("regions")
            .mayOnlyBeAccessedByLayers("overview", "consultation", "network", "registration", "events")
            .whereLayer("security")
            .mayOnlyBeAccessedByLayers(
                    "overview",
                    "consultation",
                    "network",
                    "accessibility",
                    "registration",
                    "events",
                    "tasks",
                    "notification",
                    "privacy",
                    "regions")
            .whereLayer("ui")
            .mayOnlyBeAccessedByLayers(
                    "overview",
                    "consultation",
                    "network",
                    "accessibility",
                    "registration",
                    "events",
                    "tasks",
                    "notification",
                    "privacy",
                    "regions",
                    "security")
            .because(
                    "a lower feature learns about a higher one only through an interface it owns (e.g. events.EventRegistrations)");

    @ArchTest
    static final ArchRule masterDataAndPlatformDependOnNoFeature = noClasses()
            .that()
            .resideInAnyPackage("de.klimaflow.regions..", "de.klimaflow.platform..", "de.klimaflow.security..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(without("de.klimaflow.regions.."))
            .because("master data, platform and security sit below every feature that uses them");

    @ArchTest
    static final ArchRule theShellDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage("de.klimaflow.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(withSecurity())
            .because(
                    "the shell finds views through @Menu and the user through ShellAccount, so features depend on it, not the reverse");

    @ArchTest
    static final ArchRule onlyProcessCodeTalksToTheEngine = noClasses()
            .that()
            .resideOutsideOfPackages("..process..", "de.klimaflow.tasks", "de.klimaflow.security..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..")
            .because(
                    "each process sits behind its feature's process package (security links login to Camunda's identity)"
                            + ", so a switch of engine touches few files");

    @ArchTest
    static final ArchRule onlyAModelsFlowStartsOrMovesIt = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Flow")
            // the send step hands its mails to mail-delivery.bpmn from within its own execution
            .and()
            .doNotHaveFullyQualifiedName("de.klimaflow.notification.process.ProcessMails")
            .should()
            .callMethodWhere(new DescribedPredicate<JavaMethodCall>("start a process instance or correlate a message") {
                @Override
                public boolean test(JavaMethodCall call) {
                    String name = call.getName();
                    return call.getTargetOwner().isAssignableTo(org.camunda.bpm.engine.RuntimeService.class)
                            && (name.startsWith("startProcessInstance")
                                    || name.startsWith("createMessageCorrelation")
                                    || name.startsWith("correlateMessage"));
                }
            })
            .because("one facade per model, named <Model>Flow, is where it starts and hears of changes: "
                    + "a reader finds every way into a process in one class");

    @ArchTest
    static final ArchRule onlyDomainServicesUseRepositories = noClasses()
            .that()
            .resideOutsideOfPackage("de.klimaflow.*")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .because("repositories belong to the services at a feature's root; faces call those services");

    @ArchTest
    static final ArchRule viewsAndFormsUseServicesOnly = noClasses()
            .that()
            .areAssignableTo(Component.class)
            .or()
            .areAssignableTo(TaskFormFactory.class)
            .or()
            .areAssignableTo(TaskForm.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..")
            .because("views and task forms call services; the engine and the database stay behind them");

    @ArchTest
    static final ArchRule publicFacesDoNotUseStaffFaces = noClasses()
            .that()
            .resideInAnyPackage("..portal..", "..api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..backoffice..")
            .because("anonymous pages and the API must not reach staff code by accident");

    @ArchTest
    static final ArchRule publicFacesSeeReadModelsOnly = noClasses()
            .that()
            .resideInAnyPackage("..portal..", "..api..")
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(Entity.class)
            .because("public pages and the API see read-model records, never entities and their staff-only fields");

    @ArchTest
    static final ArchRule publicEntryPointsLiveInPublicFaces = classes()
            .that()
            .areAnnotatedWith(AnonymousAllowed.class)
            .or()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .resideInAnyPackage("..portal..", "..api..")
            .because("whatever anonymous visitors can reach is found in portal or api, and reviewed as such");

    @ArchTest
    static final ArchRule aFeatureRootUsesNoOtherFeaturesFaces = classes()
            .that()
            .resideInAPackage("de.klimaflow.*")
            .should(new ArchCondition<JavaClass>("use no other feature's process, backoffice, portal or api") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    String own = item.getPackageName();
                    item.getDirectDependenciesFromSelf().stream()
                            .map(dependency -> dependency.getTargetClass().getPackageName())
                            .filter(target -> target.matches("de\\.klimaflow\\.[a-z]+\\." + FACES + "(\\..*)?"))
                            .filter(target -> !target.startsWith(own + "."))
                            .distinct()
                            .forEach(target -> events.add(
                                    SimpleConditionEvent.violated(item, item.getName() + " uses " + target)));
                }
            })
            .because(
                    "a feature's domain and services are what other features build on; its faces are its own to change");

    /** Field names that hold a person's data; an entity with one belongs to a feature that answers for it. */
    private static final java.util.regex.Pattern PERSONAL_FIELD = java.util.regex.Pattern.compile(
            "(?i)(.*email.*|.*phone.*|name|contactName|recipientName|question|message|needs|organisation)");

    /**
     * Entities with such fields whose feature answers no data subject's request, each with the reason. A new entity
     * with personal data and no holder in its feature fails the rule below until its feature implements the port.
     */
    private static final java.util.Map<String, String> NOT_A_DATA_SUBJECTS = java.util.Map.of(
            "de.klimaflow.events.Event", "its contact is the agency's own staff, by their work address",
            "de.klimaflow.events.Venue", "its contact is the venue's office, a business contact of the agency",
            "de.klimaflow.events.EventSeries", "a series' name is no person's",
            "de.klimaflow.consultation.FundingProgramme", "a programme's name is no person's",
            "de.klimaflow.regions.Municipality", "a municipality's office address, published by the municipality",
            "de.klimaflow.regions.District", "a district's name is no person's",
            "de.klimaflow.regions.PlanningRegion", "a region's name is no person's");

    @ArchTest
    static final ArchRule featuresThatStorePersonalDataImplementThePort = classes()
            .that()
            .areAnnotatedWith(jakarta.persistence.Entity.class)
            .should(new ArchCondition<JavaClass>("belong to a feature that implements the privacy port") {
                @Override
                public void check(JavaClass entity, ConditionEvents events) {
                    boolean personal = entity.getAllFields().stream()
                            .anyMatch(field ->
                                    PERSONAL_FIELD.matcher(field.getName()).matches());
                    if (!personal || NOT_A_DATA_SUBJECTS.containsKey(entity.getName())) {
                        return;
                    }
                    boolean answered = entity.getPackage().getClassesInPackageTree().stream()
                            .anyMatch(type -> type.isAssignableTo(de.klimaflow.privacy.PersonalDataHolder.class)
                                    && !type.isInterface());
                    events.add(new SimpleConditionEvent(
                            entity,
                            answered,
                            entity.getName() + " holds personal data, and no PersonalDataHolder in "
                                    + entity.getPackageName() + " answers for it"));
                }
            })
            .because("access and erasure must find everything stored about a person (GDPR Art. 15 and 17)");

    @ArchTest
    static final ArchRule everyPackageIsNullMarked = classes()
            .should(new ArchCondition<JavaClass>("be in a @NullMarked package") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    boolean marked = item.getPackage().isAnnotatedWith(NullMarked.class);
                    events.add(new SimpleConditionEvent(
                            item, marked, item.getPackageName() + " has no @NullMarked package-info"));
                }
            })
            .because("nothing is null unless it says @Nullable (JSpecify)");

    private static String[] without(String own) {
        return java.util.Arrays.stream(FEATURES)
                .filter(feature -> !feature.equals(own))
                .toArray(String[]::new);
    }

    private static String[] withSecurity() {
        String[] packages = java.util.Arrays.copyOf(FEATURES, FEATURES.length + 1);
        packages[FEATURES.length] = "de.klimaflow.security..";
        return packages;
    }
}
