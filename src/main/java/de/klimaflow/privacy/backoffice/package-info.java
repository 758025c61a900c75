/** The privacy page: a data subject's request, looked up across every feature, with export and erasure. */
@NullMarked
package de.klimaflow.privacy.backoffice;

import org.jspecify.annotations.NullMarked;
