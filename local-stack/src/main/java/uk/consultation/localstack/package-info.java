/**
 * Runs the whole system on one machine with nothing but a JDK: a real Kafka broker, the Mongo-compatible store, the
 * consultation mailbox (SMTP and IMAP) and the three services.
 */
@NullMarked
package uk.consultation.localstack;

import org.jspecify.annotations.NullMarked;
