/** Rules on what runs beside the clusters: add-ons, retention, tags, ephemeral environments, secrets. */
package io.slipway.model.validation.operations;
