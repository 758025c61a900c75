/** The public JSON API of registrations: register, and look, change or cancel behind the personal token. */
@NullMarked
package de.klimaflow.registration.api;

import org.jspecify.annotations.NullMarked;
