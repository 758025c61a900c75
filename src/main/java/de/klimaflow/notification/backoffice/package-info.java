/** The outbox and the mail log shown on task pages. */
@NullMarked
package de.klimaflow.notification.backoffice;

import org.jspecify.annotations.NullMarked;
