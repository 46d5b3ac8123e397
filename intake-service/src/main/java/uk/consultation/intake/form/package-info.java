/**
 * The public web form: one page per consultation, rendered on the server with the GOV.UK Design System, working
 * without JavaScript, and validated and recorded through the same path as the JSON API.
 */
@NullMarked
package uk.consultation.intake.form;

import org.jspecify.annotations.NullMarked;
