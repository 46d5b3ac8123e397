/** ResponseReceived: a response as intake took it in, from any channel; its contact details; mail set aside. */
@NullMarked
package uk.consultation.schemas.response;

import org.jspecify.annotations.NullMarked;
