/**
 * The dashboards reporting-service serves: operations (throughput, backlog, dead letters, review queue) and, for
 * report authors, a consultation's figures as the published summary shows them. The pages are plain HTML with a
 * little JavaScript and Chart.js from its WebJar; they read the same JSON API as everyone else.
 */
@NullMarked
package uk.consultation.reporting.dashboard;

import org.jspecify.annotations.NullMarked;
