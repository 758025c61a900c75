package de.klimaflow.consultation.backoffice;

import com.vaadin.flow.component.Component;

import de.klimaflow.consultation.FundingProgrammes;

/**
 * A funding programme in one line, in the staff member's language. The information package to a municipality keeps
 * the German {@link FundingProgrammes.Programme#line()}.
 */
final class ProgrammeLine {

    private ProgrammeLine() {}

    static String of(Component i18n, FundingProgrammes.Programme programme) {
        return i18n.getTranslation(
                "funding.line",
                programme.name(),
                programme.funder(),
                programme.costShare(),
                programme.durationMonths(),
                programme.applyAt());
    }
}
