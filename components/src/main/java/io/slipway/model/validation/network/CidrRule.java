package io.slipway.model.validation.network;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.cloud.GcpSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.ModelRule;
import java.util.List;

/**
 * Every CIDR in the spec is well formed; the network is /16 to /24 (smaller leaves too few addresses
 * for nodes and pods across zones, larger is a typo more often than a plan); the GKE control plane
 * range is exactly a /28, as GKE requires. No range the environment routes may lie in loopback,
 * link-local, multicast or reserved space: the cloud refuses some, and the rest break in subtle ways
 * (169.254.169.254 is the instance metadata service).
 */
public final class CidrRule implements ModelRule {
    static final int LARGEST_NETWORK_PREFIX = 16;
    static final int SMALLEST_NETWORK_PREFIX = 24;

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        Cidr.parse(spec.network().cidr()).ifPresentOrElse(network -> {
            usable(network, spec.network().cidr(), "network.cidr", findings);
            if (network.prefix() < LARGEST_NETWORK_PREFIX || network.prefix() > SMALLEST_NETWORK_PREFIX) {
                findings.error("network.cidr", Echo.quote(spec.network().cidr()) + " is a /" + network.prefix()
                        + "; the network must be between /16 and /24");
            }
        }, () -> findings.error("network.cidr", Cidr.problem(spec.network().cidr())));

        List<String> publicCidrs = spec.apiAccess().publicCidrs();
        for (int i = 0; i < publicCidrs.size(); i++) {
            wellFormed(publicCidrs.get(i), KeyPaths.element("apiAccess.publicCidrs", i), findings);
        }

        GcpSpec gcp = spec.gcp();
        if (spec.cloud() == Cloud.GCP && gcp != null) {
            wellFormed(gcp.podsCidr(), "gcp.podsCidr", findings);
            wellFormed(gcp.servicesCidr(), "gcp.servicesCidr", findings);
            Cidr.parse(gcp.podsCidr()).ifPresent(pods -> usable(pods, gcp.podsCidr(), "gcp.podsCidr", findings));
            Cidr.parse(gcp.servicesCidr()).ifPresent(services -> usable(services, gcp.servicesCidr(), "gcp.servicesCidr", findings));
            Cidr.parse(gcp.masterCidr()).ifPresentOrElse(master -> {
                usable(master, gcp.masterCidr(), "gcp.masterCidr", findings);
                if (master.prefix() != 28) {
                    findings.error("gcp.masterCidr", Echo.quote(gcp.masterCidr()) + " is a /" + master.prefix()
                            + "; GKE's control plane range must be a /28, e.g. 172.16.0.0/28");
                }
            }, () -> findings.error("gcp.masterCidr", Cidr.problem(gcp.masterCidr())));
        }
    }

    private static void usable(Cidr cidr, String text, String path, Findings findings) {
        ReservedRanges.unusableInside(cidr).ifPresent(what -> findings.error(path, Echo.quote(text) + " overlaps " + what
                + "; use a private range such as 10.0.0.0/16"));
    }

    private static void wellFormed(String cidr, String path, Findings findings) {
        String problem = Cidr.problem(cidr);
        if (problem != null) {
            findings.error(path, problem);
        }
    }
}
