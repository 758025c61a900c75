/** The advisors' task forms. */
@NullMarked
package de.klimaflow.consultation.backoffice;

import org.jspecify.annotations.NullMarked;
