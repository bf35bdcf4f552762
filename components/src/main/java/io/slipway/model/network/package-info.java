/** The network of an environment: its own VPC or network (range, zones, NAT) or an existing one, API access and DNS. */
package io.slipway.model.network;
