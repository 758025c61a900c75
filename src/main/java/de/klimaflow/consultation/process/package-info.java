/**
 * The climate-manager consultation process (climate-manager-consultation.bpmn): its facade
 * {@link de.klimaflow.consultation.process.ConsultationFlow} (start, the forms' way in, the funding decision and a
 * withdrawal as messages), its steps (ConsultationSteps), mails, labels, names (ConsultationProcess), and the demo
 * profile's cases.
 */
@NullMarked
package de.klimaflow.consultation.process;

import org.jspecify.annotations.NullMarked;
