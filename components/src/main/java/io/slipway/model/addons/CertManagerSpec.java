package io.slipway.model.addons;

/**
 * cert-manager with Let's Encrypt staging and production ClusterIssuers (DNS-01).
 *
 * @param enabled   install it. @default true
 * @param acmeEmail the address Let's Encrypt writes to about expiring certificates. Required when enabled.
 */
public record CertManagerSpec(Boolean enabled, String acmeEmail) {
    public CertManagerSpec {
        enabled = enabled == null || enabled;
    }

    public static CertManagerSpec defaults() {
        return new CertManagerSpec(null, null);
    }
}
