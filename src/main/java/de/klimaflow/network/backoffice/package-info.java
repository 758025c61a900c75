/** Staff views of the network: the directory of climate-protection managers and the advisors' join-request and meeting-planning forms. */
@NullMarked
package de.klimaflow.network.backoffice;

import org.jspecify.annotations.NullMarked;
