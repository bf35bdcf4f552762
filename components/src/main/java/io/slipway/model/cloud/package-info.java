/** The settings only one cloud reads: the aws and gcp blocks. */
package io.slipway.model.cloud;
