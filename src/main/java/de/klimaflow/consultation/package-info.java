/**
 * Climate-manager position consultation: cases from the first question of a municipality to the filled position
 * (ConsultationService), what the case pages and lists read (CaseQueries, CaseDetails), the timeline and documents,
 * the funding proposal (FundingProposals) and the funding programmes the advisors propose (FundingProgrammes).
 */
@NullMarked
package de.klimaflow.consultation;

import org.jspecify.annotations.NullMarked;
