package de.klimaflow.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.FieldProblems;
import de.klimaflow.platform.Formats;

/** The funding programmes staff keep current; the proposal of a case names them by code. */
@Service
@Transactional
public class FundingProgrammes {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,40}");

    /** A programme as forms and mails show it. */
    public record Programme(
            @Nullable Long id,
            String code,
            String name,
            String funder,
            int costShare,
            int durationMonths,
            String applyAt,
            @Nullable String conditions,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            boolean example) {

        /** "Landesförderung Klimaschutzmanagement (Land Sachsen-Anhalt): 60 % für 36 Monate, Antrag bei …" */
        public String line() {
            return name + " (" + funder + "): " + costShare + " % für " + durationMonths + " Monate, Antrag bei "
                    + applyAt;
        }
    }

    /** Thrown with every problem of a programme; nothing is stored. */
    public static class InvalidProgramme extends FieldProblems {

        InvalidProgramme(List<FieldProblem> problems) {
            super("invalid funding programme", problems);
        }
    }

    private final FundingProgrammeRepository programmes;
    private final Clock clock;

    FundingProgrammes(FundingProgrammeRepository programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Programme> all() {
        return programmes.findAllByOrderByNameAsc().stream()
                .map(FundingProgramme::toView)
                .toList();
    }

    /** The programmes valid today, by code. */
    @Transactional(readOnly = true)
    public Map<String, Programme> validToday() {
        LocalDate today = clock.instant().atZone(Formats.ZONE).toLocalDate();
        return programmes.findAllByOrderByNameAsc().stream()
                .filter(p -> p.validOn(today))
                .collect(Collectors.toMap(
                        FundingProgramme::getCode,
                        FundingProgramme::toView,
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** Adds (id null) or changes a programme; returns its id. */
    public long save(Programme values) {
        List<FieldProblem> problems = new ArrayList<>();
        if (values.id() == null
                && (values.code() == null || !CODE.matcher(values.code()).matches())) {
            problems.add(new FieldProblem("code", "funding.error.code"));
        } else if (values.id() == null && programmes.findByCode(values.code()).isPresent()) {
            problems.add(new FieldProblem("code", "funding.error.codeTaken"));
        }
        text(problems, "name", values.name(), 200);
        text(problems, "funder", values.funder(), 200);
        text(problems, "applyAt", values.applyAt(), 300);
        if (values.conditions() != null && values.conditions().length() > 4000) {
            problems.add(new FieldProblem("conditions", "funding.error.tooLong"));
        }
        if (values.costShare() < 0 || values.costShare() > 100) {
            problems.add(new FieldProblem("costShare", "funding.error.costShare"));
        }
        if (values.durationMonths() < 1 || values.durationMonths() > 120) {
            problems.add(new FieldProblem("durationMonths", "funding.error.duration"));
        }
        if (values.validFrom() == null) {
            problems.add(new FieldProblem("validFrom", "funding.error.required"));
        } else if (values.validTo() != null && values.validTo().isBefore(values.validFrom())) {
            problems.add(new FieldProblem("validTo", "funding.error.validTo"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProgramme(problems);
        }
        if (values.id() == null) {
            return programmes.save(new FundingProgramme(values.code(), values)).getId();
        }
        programmes
                .findById(values.id())
                .orElseThrow(() -> new IllegalArgumentException("no programme " + values.id()))
                .update(values);
        return values.id();
    }

    private static void text(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "funding.error.required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "funding.error.tooLong"));
        }
    }
}
