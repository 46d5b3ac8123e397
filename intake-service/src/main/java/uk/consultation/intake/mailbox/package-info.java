/**
 * The consultation mailboxes: each is polled over IMAP, and every message in it goes down the same path as an
 * uploaded email, then into the Processed folder, or, when it cannot be a response, into Quarantine with a record of
 * why. A message moves only once Kafka has acknowledged what was written about it, and leaves Processed only when its
 * response is erased.
 */
@NullMarked
package uk.consultation.intake.mailbox;

import org.jspecify.annotations.NullMarked;
