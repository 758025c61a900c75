/** The feedback process (accessibility-feedback.bpmn): started for each report, the one place that touches the engine. */
@NullMarked
package de.klimaflow.accessibility.process;

import org.jspecify.annotations.NullMarked;
