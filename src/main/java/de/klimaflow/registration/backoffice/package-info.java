/** Staff views of registrations: an event's registrations with seats, waitlist, invitations and messages; the desk's review form; privacy requests. */
@NullMarked
package de.klimaflow.registration.backoffice;

import org.jspecify.annotations.NullMarked;
