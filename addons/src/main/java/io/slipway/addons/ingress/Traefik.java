package io.slipway.addons.ingress;

import com.pulumi.core.Output;
import com.pulumi.gcp.compute.Address;
import com.pulumi.kubernetes.core.v1.Service;
import com.pulumi.kubernetes.core.v1.outputs.LoadBalancerIngress;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.addons.AddonArgs;
import io.slipway.addons.PinnedRelease;
import io.slipway.addons.lock.Addon;
import io.slipway.addons.lock.AddonPin;
import io.slipway.addons.monitoring.AddonServiceMonitor;
import io.slipway.addons.namespaces.PlatformNamespace;
import io.slipway.addons.namespaces.PlatformNamespaceArgs;
import io.slipway.addons.namespaces.PlatformTraffic;
import io.slipway.addons.namespaces.PodSecurityLevel;
import io.slipway.addons.namespaces.TrafficRule;
import io.slipway.aws.storage.LogBucket;
import io.slipway.cluster.ClusterHandle;
import io.slipway.model.addons.IngressSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Traefik, the entry point of a slot: Kubernetes Ingress and Gateway API providers, one
 * LoadBalancer Service (an NLB on AWS, a passthrough network load balancer on GCP), a
 * PodDisruptionBudget, and metrics for the monitoring add-on through a ServiceMonitor made beside
 * the release, so Traefik installs in parallel with monitoring. On GCP the load balancer takes an
 * address reserved beside the cluster ({@link ReservedIngressAddress}), from which the slot's DNS
 * records are written early; on AWS the NLB's hostname is read back from the Service once the
 * release is ready.
 */
public final class Traefik extends ComponentResource {
    public static final String TYPE = "slipway:addons:Traefik";
    public static final String NAMESPACE = "traefik";
    static final String COMPONENT = "ingress";
    /** The chart's container ports of the web and websecure entry points and of metrics (values.yaml {@code ports}). */
    static final int WEB_PORT = 8000;
    static final int WEBSECURE_PORT = 8443;
    static final int METRICS_PORT = 9100;
    /** EKS Auto Mode's own NLB controller (Amazon EKS User Guide, "Use Service Annotations to configure Network Load Balancers"). */
    static final String AUTO_MODE_NLB_CLASS = "eks.amazonaws.com/nlb";

    private final Release release;
    private final Resource addressOwner;
    private final Output<String> address;
    private final Output<String> recordType;

    /**
     * @param name          resource name, {@code <cluster>-traefik}
     * @param args          the cluster, lock, and the releases Traefik's own must wait for (the AWS Load Balancer Controller)
     * @param monitoring    the monitoring release that scrapes Traefik, if any: only Traefik's ServiceMonitor waits for it
     */
    public Traefik(String name, AddonArgs args, Optional<Resource> monitoring, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var cluster = args.cluster();
        var spec = cluster.environment().spec().addons().ingress();
        var pin = args.lock().pin(Addon.TRAEFIK);
        var namespace = new PlatformNamespace(name + "-namespace", namespace(cluster, monitoring.isPresent()),
                ComponentResourceOptions.builder().parent(this).build());
        Optional<Address> reserved = cluster.gcp().isPresent()
                ? Optional.of(ReservedIngressAddress.reserve(name + "-address", cluster, spec, this))
                : Optional.empty();
        this.release = PinnedRelease.install(name, pin, namespace, values(cluster, spec, reserved.map(Address::address)),
                PinnedRelease.DEFAULT_TIMEOUT_SECONDS, args, this);
        monitoring.ifPresent(prometheus -> serviceMonitor(pin).register(name + "-service-monitor", cluster, prometheus, release, this));
        if (reserved.isPresent()) {
            // GCP: the load balancer takes the reserved address, known before the cluster even exists.
            this.addressOwner = reserved.get();
            this.address = reserved.get().address();
            this.recordType = Output.of(IngressAddress.A);
        } else {
            // AWS: the controller names the NLB; reading the Service after the release is ready gives its hostname.
            this.addressOwner = release;
            var service = Service.get(name + "-service", Output.of(NAMESPACE + "/" + pin.chart()), CustomResourceOptions.builder()
                    .parent(this)
                    .provider(cluster.kubernetes())
                    .dependsOn(release)
                    .build());
            Output<IngressAddress> ingress = service.status().applyValue(status -> status
                    .flatMap(s -> s.loadBalancer())
                    .flatMap(lb -> lb.ingress().stream().findFirst())
                    .map(Traefik::address)
                    .orElseThrow(() -> new IllegalStateException("the Traefik Service " + NAMESPACE + "/" + pin.chart()
                            + " has no load balancer address yet")));
            this.address = ingress.applyValue(IngressAddress::value);
            this.recordType = ingress.applyValue(IngressAddress::recordType);
        }
        registerOutputs(Map.of("address", address, "recordType", recordType));
    }

    /**
     * Restricted Pod Security (the chart runs non-root, read-only, without capabilities). Clients
     * reach the entry points from anywhere (the load balancer keeps their addresses) and from pods;
     * Traefik reaches the API and the backends in every namespace.
     */
    static PlatformNamespaceArgs namespace(ClusterHandle cluster, boolean scrapedByMonitoring) {
        var allowances = new ArrayList<TrafficRule>();
        allowances.add(new TrafficRule("entry-points", TrafficRule.Direction.INGRESS,
                List.of(TrafficRule.Peer.cidr("0.0.0.0/0"), TrafficRule.Peer.anyPod()),
                List.of(TrafficRule.Port.tcp(WEB_PORT), TrafficRule.Port.tcp(WEBSECURE_PORT))));
        if (scrapedByMonitoring) {
            allowances.add(PlatformTraffic.scrapedByMonitoring(METRICS_PORT));
        }
        allowances.add(PlatformTraffic.dns());
        allowances.add(PlatformTraffic.apiServer(cluster));
        allowances.add(new TrafficRule("backends", TrafficRule.Direction.EGRESS, List.of(TrafficRule.Peer.anyPod()), List.of()));
        return new PlatformNamespaceArgs(cluster, NAMESPACE, PodSecurityLevel.RESTRICTED, allowances);
    }

    private static IngressAddress address(LoadBalancerIngress ingress) {
        return IngressAddress.of(ingress.hostname().orElse(null), ingress.ip().orElse(null));
    }

    /**
     * What the chart's ServiceMonitor (templates/servicemonitor.yaml of 41.3.0, without a separate
     * metrics Service) would be: named after the release, selecting the release's Services by the
     * chart's selector labels, scraping the pods' {@code metrics} port on the metrics entry point's path.
     */
    static AddonServiceMonitor serviceMonitor(AddonPin pin) {
        return new AddonServiceMonitor(PinnedRelease.fullname(pin), NAMESPACE,
                Map.of("app.kubernetes.io/name", pin.chart(),
                        // the chart's traefik.instance-name: <release>-<namespace>
                        "app.kubernetes.io/instance", PinnedRelease.releaseName(pin) + "-" + NAMESPACE),
                Map.of("targetPort", "metrics", "path", "/metrics"));
    }

    /**
     * @param loadBalancerIp the reserved address the load balancer must take (GCP); empty where the cloud picks it (AWS)
     */
    static Map<String, Object> values(ClusterHandle cluster, IngressSpec spec, Optional<Output<String>> loadBalancerIp) {
        int replicas = spec.replicasFor(cluster.environment().spec().tier());
        var values = new LinkedHashMap<String, Object>();
        values.put("deployment", Map.of("replicas", replicas));
        // One pod may go at a time; with two or more replicas a node drain never takes the entry point down.
        values.put("podDisruptionBudget", Map.of("enabled", true, "maxUnavailable", 1));
        values.put("providers", Map.of(
                "kubernetesCRD", Map.of("enabled", true),
                "kubernetesIngress", Map.of("enabled", true, "publishedService", Map.of("enabled", true)),
                "kubernetesGateway", Map.of("enabled", true)));
        values.put("gateway", Map.of("enabled", true));
        if (!spec.allowPlainHttp()) {
            // Port 80 only answers with a permanent redirect to the same URL over HTTPS on 443.
            values.put("ports", Map.of("web", Map.of("http", Map.of("redirections", Map.of("entryPoint", Map.of(
                    "to", "websecure", "scheme", "https", "permanent", true))))));
        }
        var serviceSpec = new LinkedHashMap<String, Object>();
        serviceSpec.put("type", "LoadBalancer");
        if (cluster.environment().eksAutoMode()) {
            serviceSpec.put("loadBalancerClass", AUTO_MODE_NLB_CLASS);
        }
        loadBalancerIp.ifPresent(ip -> serviceSpec.put("loadBalancerIP", ip));
        values.put("service", Map.of(
                "spec", serviceSpec,
                "annotations", loadBalancerAnnotations(cluster, spec)));
        values.put("metrics", Map.of("prometheus", Map.of(
                "addEntryPointsLabels", true,
                "addServicesLabels", true,
                // Slipway makes the ServiceMonitor (see serviceMonitor): the chart's would make the release wait for monitoring.
                "serviceMonitor", Map.of("enabled", false))));
        // Requests make the saturation alert meaningful: it compares CPU use with what was asked for.
        values.put("resources", Map.of("requests", Map.of("cpu", "100m", "memory", "128Mi")));
        values.put("global", Map.of("checkNewVersion", false, "sendAnonymousUsage", false));
        return values;
    }

    /**
     * On AWS an NLB made by the AWS Load Balancer Controller ({@code type: external}): pods as IP
     * targets (no node ports opened to the load balancer), cross-zone, access logs to the
     * environment's log bucket (see {@link #accessLogPrefix}), deletion protection
     * where the environment asks for it (prod by default), and the slot's cost tags. On EKS Auto Mode
     * its own controller makes the NLB, chosen by the Service's load balancer class instead of the
     * {@code aws-load-balancer-type} annotation, which Auto Mode does not support; it honours the others.
     */
    static Map<String, Object> loadBalancerAnnotations(ClusterHandle cluster, IngressSpec spec) {
        var annotations = new TreeMap<String, Object>();
        if (cluster.aws().isPresent()) {
            if (!cluster.environment().eksAutoMode()) {
                annotations.put("service.beta.kubernetes.io/aws-load-balancer-type", "external");
            }
            annotations.put("service.beta.kubernetes.io/aws-load-balancer-nlb-target-type", "ip");
            annotations.put("service.beta.kubernetes.io/aws-load-balancer-scheme", spec.internal() ? "internal" : "internet-facing");
            boolean protect = spec.deletionProtectionFor(cluster.environment().spec().tier());
            String logPrefix = accessLogPrefix(cluster);
            annotations.put("service.beta.kubernetes.io/aws-load-balancer-attributes", cluster.foundation().logsBucket().applyValue(bucket ->
                    "access_logs.s3.enabled=true,access_logs.s3.bucket=" + bucket + ",access_logs.s3.prefix=" + logPrefix
                            + ",deletion_protection.enabled=" + protect + ",load_balancing.cross_zone.enabled=true"));
            // The controller, not Pulumi, creates the NLB: these tags keep it in the slot's cost report.
            annotations.put("service.beta.kubernetes.io/aws-load-balancer-additional-resource-tags",
                    cluster.environment().awsTags(cluster.slot(), COMPONENT).entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        } else if (spec.internal()) {
            annotations.put("networking.gke.io/load-balancer-type", "Internal");
        } else {
            // A backend-service-based external passthrough load balancer: regional, per-pod health checks.
            annotations.put("cloud.google.com/l4-rbs", "enabled");
        }
        return annotations;
    }

    /**
     * Where the slot's NLB writes its access logs in the environment's log bucket (SSE-S3: NLB log
     * delivery cannot write to an SSE-KMS bucket): the one prefix the bucket's policy opens to log
     * delivery. The object names carry the load balancer's id, so slots stay apart.
     */
    public static String accessLogPrefix(ClusterHandle cluster) {
        return LogBucket.LOAD_BALANCER_LOG_PREFIX;
    }

    /** The release. */
    public Release release() {
        return release;
    }

    /**
     * What owns {@link #address()}: the reserved address on GCP, the release (whose Service makes the
     * NLB) on AWS. Slot DNS records depend on it, so they are written once the address exists and
     * deleted before it goes.
     */
    public Resource addressOwner() {
        return addressOwner;
    }

    /** The load balancer's hostname (AWS) or IP address (GCP, the reserved one). */
    public Output<String> address() {
        return address;
    }

    /** {@code CNAME} when {@link #address()} is a hostname, {@code A} when it is an IP. */
    public Output<String> recordType() {
        return recordType;
    }
}
