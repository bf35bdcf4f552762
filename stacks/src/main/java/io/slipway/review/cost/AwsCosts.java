package io.slipway.review.cost;

import static io.slipway.review.cost.CostModel.nodes;

import io.slipway.model.validation.cloud.InstanceCatalog;
import io.slipway.offline.RegisteredResource;
import io.slipway.review.graph.PlanGraph;
import io.slipway.review.graph.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What an EKS environment's plan costs per month. */
final class AwsCosts {
    static final String AUTO_MODE_NODE_POOL = "kubernetes:karpenter.sh/v1:NodePool";
    static final String NODE_CLASS = "kubernetes:eks.amazonaws.com/v1:NodeClass";
    private static final InstanceCatalog CATALOG = InstanceCatalog.load();

    private AwsCosts() {}

    static List<CostLine> lines(PlanGraph g, CostModel.Pricing p) {
        List<CostLine> lines = new ArrayList<>();
        g.ofType("aws:eks/cluster:Cluster").forEach(r -> lines.add(CostLine.fixed(g.sectionOf(r), "EKS control plane " + r.name(),
                p.hourly("eks:cluster"))));
        for (RegisteredResource group : g.ofType("aws:eks/nodeGroup:NodeGroup")) {
            lines.addAll(nodeGroup(g, p, group));
        }
        for (RegisteredResource pool : g.ofType(AUTO_MODE_NODE_POOL)) {
            lines.addAll(autoModeNodePool(g, p, pool));
        }
        g.ofType("aws:ec2/natGateway:NatGateway").forEach(r -> lines.add(CostLine.fixed(g.sectionOf(r), "NAT gateway " + r.name(),
                p.hourly("ec2:nat-gateway"))));
        g.ofType("aws:ec2/eip:Eip").forEach(r -> lines.add(CostLine.fixed(g.sectionOf(r), "public IPv4 address " + r.name(),
                p.hourly("ec2:public-ipv4"))));
        CostModel.ingressReleases(g).forEach(r -> lines.add(CostLine.fixed(g.sectionOf(r), "network load balancer of " + r.name(),
                p.hourly("elb:network-load-balancer") + p.hourly("elb:nlb-lcu"))));
        g.ofType("aws:kms/key:Key").forEach(r -> lines.add(CostLine.fixed(g.sectionOf(r), "KMS key " + r.name(), p.unit("kms:key"))));
        g.ofType("aws:route53/zone:Zone").forEach(r -> lines.add(CostLine.fixed(g.sectionOf(r), "Route 53 zone " + r.name(),
                p.unit("route53:hosted-zone"))));
        for (RegisteredResource logs : g.ofType("aws:cloudwatch/logGroup:LogGroup")) {
            boolean flowLogs = g.sectionOf(logs).kind() == Section.Kind.FOUNDATION;
            double gb = p.unit(flowLogs ? "logs:flow-log-volume" : "logs:control-plane-volume");
            lines.add(CostLine.fixed(g.sectionOf(logs), "log ingestion " + logs.name() + " (" + (long) gb + " GB assumed)",
                    gb * p.unit("logs:ingestion")));
        }
        lines.addAll(CostModel.addonVolumes(g, p.unit("ebs:gp3"), "gp3"));
        return lines;
    }

    /** Instances at min/desired/max (the mean price of the listed types, spot discounted), and their root volumes. */
    private static List<CostLine> nodeGroup(PlanGraph g, CostModel.Pricing p, RegisteredResource group) {
        double min = number(group, "scalingConfig.minSize");
        double desired = number(group, "scalingConfig.desiredSize");
        double max = number(group, "scalingConfig.maxSize");
        List<String> types = group.input("instanceTypes").map(t -> ((List<?>) t).stream().map(String::valueOf).toList()).orElse(List.of());
        boolean spot = "SPOT".equals(group.input("capacityType").orElse("ON_DEMAND"));
        double hourly = types.stream().mapToDouble(t -> p.unit("ec2:" + t)).average().orElse(0) * (spot ? 1 - p.unit("spot-discount") : 1);
        String pool = group.input("nodeGroupName").map(String::valueOf).orElse(group.name());
        Section section = g.sectionOf(group);
        List<CostLine> lines = new ArrayList<>();
        lines.add(new CostLine(section, "node pool " + pool + " (" + String.join(", ", types) + (spot ? ", spot" : ", on demand") + "; "
                + nodes(min, desired, max) + ")", min * hourly * CostModel.HOURS_PER_MONTH, desired * hourly * CostModel.HOURS_PER_MONTH,
                max * hourly * CostModel.HOURS_PER_MONTH));
        double volumeGb = g.owningComponent(group).stream().flatMap(c -> g.ownedBy(c).stream())
                .filter(r -> r.type().equals("aws:ec2/launchTemplate:LaunchTemplate"))
                .mapToDouble(lt -> number(lt, "blockDeviceMappings.0.ebs.volumeSize")).sum();
        if (volumeGb > 0) {
            double perNode = volumeGb * p.unit("ebs:gp3");
            lines.add(new CostLine(section, "node pool " + pool + " root volumes (" + (long) volumeGb + " GB gp3 each)",
                    min * perNode, desired * perNode, max * perNode));
        }
        return lines;
    }

    /**
     * An EKS Auto Mode NodePool: no nodes when nothing is pending, one for the first pods, and at most as
     * many of its largest type as its CPU limit holds; each instance-hour also pays Auto Mode's
     * management fee on the On-Demand price (spot included), and each node an 80 GiB gp3 volume.
     */
    private static List<CostLine> autoModeNodePool(PlanGraph g, CostModel.Pricing p, RegisteredResource pool) {
        List<String> types = new ArrayList<>();
        boolean spot = false;
        for (Object requirement : (List<?>) pool.input("spec.template.spec.requirements").orElse(List.of())) {
            Map<?, ?> term = (Map<?, ?>) requirement;
            List<String> values = ((List<?>) term.get("values")).stream().map(String::valueOf).toList();
            if ("node.kubernetes.io/instance-type".equals(term.get("key"))) {
                types.addAll(values);
            } else if ("karpenter.sh/capacity-type".equals(term.get("key"))) {
                spot = values.equals(List.of("spot"));
            }
        }
        double onDemand = types.stream().mapToDouble(t -> p.unit("ec2:" + t)).average().orElse(0);
        double hourly = onDemand * (spot ? 1 - p.unit("spot-discount") : 1) + onDemand * p.unit("eks:auto-mode-fee");
        int largestCpus = types.stream().mapToInt(t -> CATALOG.sizeOf(t).map(InstanceCatalog.Size::vcpus).orElse(1)).max().orElse(1);
        double max = Math.floor(number(pool, "spec.limits.cpu") / largestCpus);
        String name = String.valueOf(pool.input("metadata.name").orElse(pool.name()));
        Section section = g.sectionOf(pool);
        double monthly = hourly * CostModel.HOURS_PER_MONTH;
        double volumeGb = nodeClassVolumeGb(g, pool).orElse(p.unit("eks:auto-mode-volume"));
        double volume = volumeGb * p.unit("ebs:gp3");
        return List.of(
                new CostLine(section, "Auto Mode node pool " + name + " (" + String.join(", ", types) + (spot ? ", spot" : ", on demand")
                        + ", with Auto Mode's fee; " + nodes(0, 1, max) + ")", 0, monthly, max * monthly),
                new CostLine(section, "Auto Mode node pool " + name + " volumes (" + (long) volumeGb + " GB gp3 each)",
                        0, volume, max * volume));
    }

    /** The root volume size of the NodeClass the pool's nodes come from, when the plan defines it beside the pool. */
    private static Optional<Double> nodeClassVolumeGb(PlanGraph g, RegisteredResource pool) {
        Object nodeClass = pool.input("spec.template.spec.nodeClassRef.name").orElse(null);
        return g.ofType(NODE_CLASS).stream()
                .filter(c -> Objects.equals(c.parent(), pool.parent()) && Objects.equals(c.input("metadata.name").orElse(null), nodeClass))
                .findFirst()
                .flatMap(c -> c.input("spec.ephemeralStorage.size"))
                .map(String::valueOf)
                .filter(size -> size.matches("\\d+Gi"))
                .map(size -> Double.parseDouble(size.substring(0, size.length() - 2)));
    }

    static double number(RegisteredResource r, String path) {
        Object value = r.input(path).orElse(0);
        return value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value));
    }

}
