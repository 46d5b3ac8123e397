/**
 * Reading free-form documents: passages, which questions each passage answers, and the position it takes on them.
 */
@NullMarked
package uk.consultation.coding.understand;

import org.jspecify.annotations.NullMarked;
