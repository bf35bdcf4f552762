/** Rules on slots and node pools: Kubernetes versions, the system pool, labels and taints, upgrades. */
package io.slipway.model.validation.cluster;
