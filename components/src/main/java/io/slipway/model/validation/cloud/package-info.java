/** Rules on the cloud settings: AWS and GCP blocks, regions and instance types from their catalogues. */
package io.slipway.model.validation.cloud;
