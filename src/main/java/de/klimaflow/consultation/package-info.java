/** Inquiries of municipalities and the advisors' answers. */
@NullMarked
package de.klimaflow.consultation;

import org.jspecify.annotations.NullMarked;
