package de.klimaflow.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A municipality's request for advice on a climate-protection manager position. The consultation
 * process carries the case id as its business key; what the advisors learn is stored here.
 */
@Entity
@Table(name = "consultation_case")
class ConsultationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable Long municipalityId;
    private String municipalityName;
    private String contactName;
    private String contactEmail;
    private @Nullable String contactPhone;
    private String question;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private Instant receivedAt;
    private @Nullable String grantProgramme;
    private @Nullable String grantSummary;
    private @Nullable String advisor;

    @Enumerated(EnumType.STRING)
    private ConsultationStage stage;

    private Instant stageSince;
    private @Nullable String municipalityKind;
    private @Nullable Integer population;
    private @Nullable Boolean hasConcept;
    private @Nullable Boolean firstPosition;
    private @Nullable LocalDate plannedStart;
    private @Nullable String proposedProgrammes;
    private @Nullable String proposedTrainings;
    private @Nullable String chosenProgrammes;
    private @Nullable String packageNote;
    private @Nullable String decision;
    private @Nullable LocalDate decisionAt;
    private @Nullable Instant closedAt;

    @Version
    private long version;

    static final String ANONYMISED = de.klimaflow.platform.Anonymised.MARKER;

    protected ConsultationCase() {}

    ConsultationCase(NewCase request, @Nullable Long municipalityId, Channel channel, Instant now) {
        this.municipalityId = municipalityId;
        this.municipalityName = request.municipality().strip();
        this.contactName = request.contactName().strip();
        this.contactEmail = request.contactEmail().strip();
        this.contactPhone =
                request.contactPhone() == null || request.contactPhone().isBlank()
                        ? null
                        : request.contactPhone().strip();
        this.question = request.question().strip();
        this.channel = channel;
        this.receivedAt = now;
        this.stage = ConsultationStage.NEW;
        this.stageSince = now;
    }

    /**
     * Erasure on request: who asked, how to reach them, what they asked and the personal note go; the municipality,
     * the stages, the programmes and the decision stay for the statistics of the agency's work.
     */
    void anonymise() {
        contactName = ANONYMISED;
        contactEmail = "";
        contactPhone = null;
        question = ANONYMISED;
        packageNote = null;
    }

    void moveTo(ConsultationStage next, Instant now) {
        if (stage != next) {
            stage = next;
            stageSince = now;
        }
        if (!next.isOpen()) {
            closedAt = now;
        }
    }

    void assign(String advisor) {
        this.advisor = advisor;
    }

    void recordFacts(InitialFacts facts) {
        this.municipalityId = facts.municipalityId() == null ? municipalityId : facts.municipalityId();
        this.municipalityKind = facts.kind().name();
        this.population = facts.population();
        this.hasConcept = facts.hasConcept();
        this.firstPosition = facts.firstPosition();
        this.plannedStart = facts.plannedStart();
    }

    void propose(List<String> programmes, List<String> trainings) {
        this.proposedProgrammes = String.join(",", programmes);
        this.proposedTrainings = String.join("\n", trainings);
    }

    void choose(List<String> programmes, List<String> trainings) {
        this.chosenProgrammes = String.join(",", programmes);
        this.proposedTrainings = String.join("\n", trainings);
    }

    void notePackage(@Nullable String note) {
        this.packageNote = note;
    }

    @Nullable
    String getPackageNote() {
        return packageNote;
    }

    void decide(boolean granted, LocalDate on, @Nullable String programme, @Nullable String summary) {
        this.decision = granted ? "GRANTED" : "REJECTED";
        this.decisionAt = on;
        this.grantProgramme = granted ? programme : null;
        this.grantSummary = granted ? summary : null;
    }

    /** "Landesprogramm Klimaschutzmanagement: 70 % für 24 Monate", as the directory shows the funding. */
    public @Nullable String getGrantSummary() {
        return grantSummary;
    }

    static List<String> split(@Nullable String joined, String separator) {
        return joined == null || joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split(separator))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    Long getId() {
        return id;
    }

    @Nullable
    Long getMunicipalityId() {
        return municipalityId;
    }

    String getMunicipalityName() {
        return municipalityName;
    }

    String getContactName() {
        return contactName;
    }

    String getContactEmail() {
        return contactEmail;
    }

    @Nullable
    String getContactPhone() {
        return contactPhone;
    }

    String getQuestion() {
        return question;
    }

    Channel getChannel() {
        return channel;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    @Nullable
    String getAdvisor() {
        return advisor;
    }

    ConsultationStage getStage() {
        return stage;
    }

    Instant getStageSince() {
        return stageSince;
    }

    @Nullable
    String getMunicipalityKind() {
        return municipalityKind;
    }

    @Nullable
    Integer getPopulation() {
        return population;
    }

    @Nullable
    Boolean getHasConcept() {
        return hasConcept;
    }

    @Nullable
    Boolean getFirstPosition() {
        return firstPosition;
    }

    @Nullable
    LocalDate getPlannedStart() {
        return plannedStart;
    }

    List<String> proposedProgrammes() {
        return split(proposedProgrammes, ",");
    }

    List<String> chosenProgrammes() {
        return split(chosenProgrammes, ",");
    }

    List<String> trainings() {
        return split(proposedTrainings, "\n");
    }

    @Nullable
    String getDecision() {
        return decision;
    }

    @Nullable
    LocalDate getDecisionAt() {
        return decisionAt;
    }
}
