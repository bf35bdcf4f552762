/** Ephemeral environments: the ephemeral block of a child and the ephemeralPolicy of its parent. */
package io.slipway.model.ephemeral;
