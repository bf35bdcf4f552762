package io.slipway.model;

/**
 * An accepted exception to one built-in policy rule ({@code slipway check}), with why and until when.
 * The rule id must be one the check knows; an expired waiver no longer waives and fails the check.
 *
 * @param rule    the policy rule's id, e.g. {@code SLW-AWS-001}. Required.
 * @param reason  why the violation is accepted, for the reviewer. Required.
 * @param expires the last day (ISO date, {@code 2026-12-31}) the waiver applies. Required.
 */
public record WaiverSpec(@Required String rule, @Required String reason, @Required String expires) {}
