/**
 * The network's processes: network-join.bpmn (a join request's check, and the notice to an address that is known
 * already) and network-meeting-cycle.bpmn (the quarterly meeting's planning task); their names, steps, mail and the
 * forms' way in (NetworkTasks); and the demo profile's managers (DemoNetwork), as each feature keeps its demo seeder here.
 */
@NullMarked
package de.klimaflow.network.process;

import org.jspecify.annotations.NullMarked;
