/**
 * Accessibility as a public body owes it: the accessibility statement, and reports of barriers ("Barriere melden"),
 * each answered within the legal time through its own process (accessibility-feedback.bpmn).
 */
@NullMarked
package de.klimaflow.accessibility;

import org.jspecify.annotations.NullMarked;
