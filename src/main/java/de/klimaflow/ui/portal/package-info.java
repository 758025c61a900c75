/** The frame of every server-rendered page: layout model, language switch, error pages. */
@NullMarked
package de.klimaflow.ui.portal;

import org.jspecify.annotations.NullMarked;
