/**
 * Validation of an environment: the structural check of a stack file (keys, types, shapes, with
 * suggestions) and the semantic {@link io.slipway.model.validation.ModelRule}s, one sub-package per concern.
 */
package io.slipway.model.validation;
