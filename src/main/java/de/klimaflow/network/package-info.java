/**
 * The network of the state's climate-protection managers: the directory, join requests, the quarterly
 * network meeting and its invitations, and the public directory.
 */
@NullMarked
package de.klimaflow.network;

import org.jspecify.annotations.NullMarked;
