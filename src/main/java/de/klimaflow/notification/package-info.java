/** Mail: templates, sending, the delivery log, calendar files. Features compose their own mails. */
@NullMarked
package de.klimaflow.notification;

import org.jspecify.annotations.NullMarked;
