/** End-to-end tests of the three services, and checks of how they are deployed. */
@NullMarked
package uk.consultation.systemtests;

import org.jspecify.annotations.NullMarked;
