/** Rules on addresses and names: CIDR ranges and their overlaps, API endpoint access, DNS. */
package io.slipway.model.validation.network;
