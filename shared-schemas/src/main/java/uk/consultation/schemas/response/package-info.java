/** ResponseReceived: a response as intake took it in, from any channel. */
@NullMarked
package uk.consultation.schemas.response;

import org.jspecify.annotations.NullMarked;
