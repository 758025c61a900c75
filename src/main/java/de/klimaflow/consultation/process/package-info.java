/** The climate-manager consultation process: its start, steps, mails, labels and names. */
@NullMarked
package de.klimaflow.consultation.process;

import org.jspecify.annotations.NullMarked;
