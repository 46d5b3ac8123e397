/**
 * Shared ways of working with this service's Kafka Streams state: the JSON its stores and topics hold, and interactive
 * queries that read a store where its partition lives, on this instance or on the one that holds it.
 */
@NullMarked
package uk.consultation.coding.streams;

import org.jspecify.annotations.NullMarked;
