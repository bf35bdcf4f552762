package io.slipway.model.validation.network;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.ModelRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may reach the public Kubernetes endpoint. The guard sees what the ranges cover, not how they are
 * written: 0.0.0.0/1 plus 128.0.0.0/1 is the internet as much as 0.0.0.0/0, and any set of ranges
 * covering more than a /8 (16.7 million addresses) takes an explicit {@code allowInternet: true}.
 * Private and special ranges are refused, since no packet from them ever reaches a public endpoint
 * (they belong on the private endpoint); a range listed twice or inside another is a mistake; and each
 * cloud caps the number of ranges.
 */
public final class ApiAccessRule implements ModelRule {
    /** EKS service quota "public endpoint access CIDR ranges per cluster". */
    static final int EKS_MAX_PUBLIC_CIDRS = 40;
    /** GKE authorized networks: up to 100 ranges on private clusters, which every Slipway GKE cluster is. */
    static final int GKE_MAX_AUTHORIZED_NETWORKS = 100;
    /** Covering more addresses than a /8 counts as opening the API to the internet. */
    static final long INTERNET_SCALE = 1L << 24;
    private static final String PATH = "apiAccess.publicCidrs";

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        List<String> cidrs = spec.apiAccess().publicCidrs();
        int limit = spec.cloud() == Cloud.GCP ? GKE_MAX_AUTHORIZED_NETWORKS : EKS_MAX_PUBLIC_CIDRS;
        if (cidrs.size() > limit) {
            findings.error(PATH, cidrs.size() + " ranges; " + (spec.cloud() == Cloud.GCP ? "GKE" : "EKS") + " takes at most "
                    + limit + "; summarize them into fewer, larger ranges");
        }
        List<Cidr> parsed = new ArrayList<>(Collections.nCopies(cidrs.size(), null)); // by index; null where malformed
        for (int i = 0; i < cidrs.size(); i++) {
            Optional<Cidr> cidr = Cidr.parse(cidrs.get(i));
            if (cidr.isEmpty()) {
                continue; // CidrRule reports it
            }
            String path = KeyPaths.element(PATH, i);
            Optional<String> reserved = ReservedRanges.within(cidr.get());
            if (reserved.isPresent()) {
                findings.error(path, Echo.quote(cidrs.get(i)) + " is " + reserved.get() + "; no request from it reaches a "
                        + "public endpoint. Reach the private endpoint from inside the network instead, and list public "
                        + "addresses here");
            }
            for (int j = 0; j < i; j++) {
                Cidr earlier = parsed.get(j);
                if (earlier != null && (earlier.contains(cidr.get()) || cidr.get().contains(earlier))) {
                    int inner = earlier.contains(cidr.get()) ? i : j;
                    int outer = inner == i ? j : i;
                    findings.error(KeyPaths.element(PATH, inner), Echo.quote(cidrs.get(inner)) + " is already covered by " + PATH
                            + "[" + outer + "] " + Echo.quote(cidrs.get(outer)) + "; remove it");
                    break;
                }
            }
            parsed.set(i, cidr.get());
        }
        long covered = covered(parsed.stream().filter(Objects::nonNull).toList());
        if (covered > INTERNET_SCALE && !spec.apiAccess().allowInternet()) {
            String what = covered == Cidr.SPACE ? "the whole internet (as 0.0.0.0/0 does)"
                    : String.format("%,d addresses, more than a /8 of the internet", covered);
            findings.error(PATH, "these ranges open the Kubernetes API to " + what + "; list your networks instead, "
                    + "or set apiAccess.allowInternet: true to mean it");
        }
    }

    /** Addresses the ranges cover together, overlaps counted once. */
    static long covered(List<Cidr> ranges) {
        List<Cidr> sorted = ranges.stream().sorted(Comparator.comparingLong(Cidr::network)).toList();
        long total = 0;
        long end = -1; // last address counted so far
        for (Cidr range : sorted) {
            if (range.last() > end) {
                total += range.last() - Math.max(range.network(), end + 1) + 1;
                end = range.last();
            }
        }
        return total;
    }
}
