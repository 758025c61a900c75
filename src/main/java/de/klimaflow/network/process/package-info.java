/**
 * The network's processes, each behind its facade: network-join.bpmn ({@link de.klimaflow.network.process.NetworkJoinFlow}:
 * a join request's check, and the notice to an address that is known already) and network-meeting-cycle.bpmn
 * ({@link de.klimaflow.network.process.NetworkMeetingFlow}: the quarterly meeting's planning task and its call for
 * contributions) and network-contribution.bpmn ({@link de.klimaflow.network.process.NetworkContributionFlow}: the
 * event team's review of a member's proposal); their names
 * (one constants class per model), service steps, mails, and the demo profile's managers (DemoNetwork): each feature
 * keeps its demo seeder in its process package.
 */
@NullMarked
package de.klimaflow.network.process;

import org.jspecify.annotations.NullMarked;
