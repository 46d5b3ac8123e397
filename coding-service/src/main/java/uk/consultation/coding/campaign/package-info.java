/** Finding campaigns: identical and near-identical responses, grouped so the figures can show them apart. */
@NullMarked
package uk.consultation.coding.campaign;

import org.jspecify.annotations.NullMarked;
