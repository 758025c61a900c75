/** Registration: the registration desk's task form. */
@NullMarked
package de.klimaflow.registration.backoffice;

import org.jspecify.annotations.NullMarked;
