/** The staff shell: main layout, navigation, languages. Depends on no feature. */
@NullMarked
package de.klimaflow.ui;

import org.jspecify.annotations.NullMarked;
