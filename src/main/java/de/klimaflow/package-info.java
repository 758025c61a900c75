/** klimaflow: the back office of a state energy agency. Features live in the subpackages; see the README's "Code shape". */
@NullMarked
package de.klimaflow;

import org.jspecify.annotations.NullMarked;
