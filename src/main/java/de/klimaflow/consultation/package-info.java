/**
 * Climate-manager position consultation: cases from the first question of a municipality to the filled
 * position, their timeline and documents, and the funding programmes the advisors propose.
 */
@NullMarked
package de.klimaflow.consultation;

import org.jspecify.annotations.NullMarked;
