/** Registration: the public registration form, the opt-in confirmation and the self-service page. */
@NullMarked
package de.klimaflow.registration.portal;

import org.jspecify.annotations.NullMarked;
