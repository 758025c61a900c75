/** Staff views of consultations: the case list and pipeline, the case page, funding programmes, the management dashboard, and the advisors' task forms. */
@NullMarked
package de.klimaflow.consultation.backoffice;

import org.jspecify.annotations.NullMarked;
