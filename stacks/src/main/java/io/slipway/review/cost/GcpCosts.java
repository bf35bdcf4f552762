package io.slipway.review.cost;

import static io.slipway.review.cost.AwsCosts.number;
import static io.slipway.review.cost.CostModel.nodes;

import io.slipway.offline.RegisteredResource;
import io.slipway.review.graph.PlanGraph;
import io.slipway.review.graph.Section;
import java.util.ArrayList;
import java.util.List;

/** What a GKE environment's plan costs per month. */
final class GcpCosts {
    /** Cloud NAT charges per VM only up to this many VMs per gateway. */
    private static final int NAT_BILLED_VMS = 32;

    private GcpCosts() {}

    static List<CostLine> lines(PlanGraph g, CostModel.Pricing p) {
        List<CostLine> lines = new ArrayList<>();
        g.ofType("gcp:container/cluster:Cluster").forEach(r -> lines.add(CostLine.fixed(g.sectionOf(r), "GKE cluster fee " + r.name(),
                p.hourly("gke:cluster"))));
        double[] totalNodes = new double[3];
        for (RegisteredResource pool : g.ofType("gcp:container/nodePool:NodePool")) {
            lines.addAll(nodePool(g, p, pool, totalNodes));
        }
        for (RegisteredResource nat : g.ofType("gcp:compute/routerNat:RouterNat")) {
            double perVm = p.hourly("nat:vm");
            lines.add(new CostLine(g.sectionOf(nat), "Cloud NAT " + nat.name() + " (per node VM, up to 32)",
                    Math.min(totalNodes[0], NAT_BILLED_VMS) * perVm, Math.min(totalNodes[1], NAT_BILLED_VMS) * perVm,
                    Math.min(totalNodes[2], NAT_BILLED_VMS) * perVm));
            lines.add(CostLine.fixed(g.sectionOf(nat), "Cloud NAT address " + nat.name(), p.hourly("nat:ip")));
        }
        CostModel.ingressReleases(g).forEach(r -> lines.add(CostLine.fixed(g.sectionOf(r), "load balancer forwarding rule of " + r.name(),
                p.hourly("lb:forwarding-rule"))));
        // A reserved external address costs nothing while the load balancer's forwarding rule uses it, and the
        // unused rate while it does not (reserved before the load balancer exists, or left after it is gone).
        g.ofType("gcp:compute/address:Address").stream().filter(r -> !"INTERNAL".equals(r.input("addressType").orElse("EXTERNAL")))
                .forEach(r -> lines.add(new CostLine(g.sectionOf(r), "reserved address " + r.name()
                        + " (free while its forwarding rule uses it; high: unused)", 0, 0, p.hourly("ip:static-unused"))));
        g.ofType("gcp:kms/cryptoKey:CryptoKey").forEach(r -> lines.add(CostLine.fixed(g.sectionOf(r), "Cloud KMS key " + r.name(),
                p.unit("kms:key-version"))));
        g.ofType("gcp:dns/managedZone:ManagedZone").forEach(r -> lines.add(CostLine.fixed(g.sectionOf(r), "Cloud DNS zone " + r.name(),
                p.unit("dns:managed-zone"))));
        g.ofType("gcp:container/cluster:Cluster").forEach(r -> lines.add(CostLine.fixed(g.sectionOf(r), "log ingestion " + r.name()
                + " (" + (long) p.unit("logs:control-plane-volume") + " GB assumed)", p.unit("logs:control-plane-volume") * p.unit("logs:ingestion"))));
        g.ofType("gcp:compute/subnetwork:Subnetwork").stream().filter(r -> r.input("logConfig").isPresent()).forEach(r -> lines.add(
                CostLine.fixed(g.sectionOf(r), "flow log ingestion " + r.name() + " (" + (long) p.unit("logs:flow-log-volume") + " GB assumed)",
                        p.unit("logs:flow-log-volume") * p.unit("logs:ingestion"))));
        lines.addAll(CostModel.addonVolumes(g, p.unit("pd:pd-balanced"), "pd-balanced"));
        return lines;
    }

    /** A pool's VMs and boot disks; {@code initialNodeCount} is per zone, the autoscaling totals are for the pool. */
    private static List<CostLine> nodePool(PlanGraph g, CostModel.Pricing p, RegisteredResource pool, double[] totalNodes) {
        String location = pool.input("location").map(String::valueOf).orElse("");
        int zones = location.split("-").length == 3 ? 1 : pool.input("nodeLocations").map(l -> ((List<?>) l).size()).orElse(3);
        double desired = number(pool, "initialNodeCount") * zones;
        double min = pool.input("autoscaling.totalMinNodeCount").isPresent() ? number(pool, "autoscaling.totalMinNodeCount")
                : number(pool, "autoscaling.minNodeCount") * zones;
        double max = pool.input("autoscaling.totalMaxNodeCount").isPresent() ? number(pool, "autoscaling.totalMaxNodeCount")
                : number(pool, "autoscaling.maxNodeCount") * zones;
        totalNodes[0] += min;
        totalNodes[1] += desired;
        totalNodes[2] += max;
        String machine = pool.input("nodeConfig.machineType").map(String::valueOf).orElse("e2-medium");
        boolean spot = Boolean.TRUE.equals(pool.input("nodeConfig.spot").orElse(false));
        double vmMonthly = p.hourly("gce:" + machine) * (spot ? 1 - p.unit("spot-discount") : 1);
        Section section = g.sectionOf(pool);
        String name = pool.input("name").map(String::valueOf).orElse(pool.name());
        String diskType = pool.input("nodeConfig.diskType").map(String::valueOf).orElse("pd-balanced");
        double diskMonthly = number(pool, "nodeConfig.diskSizeGb") * p.unit("pd:" + diskType);
        return List.of(
                new CostLine(section, "node pool " + name + " (" + machine + (spot ? ", spot" : ", on demand") + "; " + nodes(min, desired, max) + ")",
                        min * vmMonthly, desired * vmMonthly, max * vmMonthly),
                new CostLine(section, "node pool " + name + " boot disks (" + (long) number(pool, "nodeConfig.diskSizeGb") + " GB " + diskType + " each)",
                        min * diskMonthly, desired * diskMonthly, max * diskMonthly));
    }
}
