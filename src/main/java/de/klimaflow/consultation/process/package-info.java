/** The inquiry-handling process: its start, mails, labels and names. */
@NullMarked
package de.klimaflow.consultation.process;

import org.jspecify.annotations.NullMarked;
