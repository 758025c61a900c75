/** Login against Camunda's identity service, groups, and the route rules; depends on no feature. */
@NullMarked
package de.klimaflow.security;

import org.jspecify.annotations.NullMarked;
