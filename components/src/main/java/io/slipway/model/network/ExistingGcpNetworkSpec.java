package io.slipway.model.network;

import io.slipway.model.Required;

/**
 * A GCP VPC network and subnet built elsewhere, used instead of creating them.
 *
 * @param network           the network's name or self link. Required.
 * @param subnetwork        the subnet's name or self link, in the environment's region. Required.
 * @param podsRangeName     the subnet's secondary range for pods. Required.
 * @param servicesRangeName the subnet's secondary range for services. Required.
 */
public record ExistingGcpNetworkSpec(
        @Required String network,
        @Required String subnetwork,
        @Required String podsRangeName,
        @Required String servicesRangeName) {}
