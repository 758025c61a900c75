/**
 * Personal data as a feature of its own: the port every feature that stores personal data implements
 * (PersonalDataHolder), and the data subject's requests that go through it (PersonalDataRequests): what is held
 * about one address, across every feature, and its erasure, logged without the address. It sits below the features
 * that implement the port, so it knows none of them.
 */
@NullMarked
package de.klimaflow.privacy;

import org.jspecify.annotations.NullMarked;
