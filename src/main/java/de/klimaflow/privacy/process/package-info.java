/** The privacy processes: privacy-retention.bpmn, which applies every feature's retention rules once a day. */
@NullMarked
package de.klimaflow.privacy.process;

import org.jspecify.annotations.NullMarked;
