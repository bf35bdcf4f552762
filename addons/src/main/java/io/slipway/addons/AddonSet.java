package io.slipway.addons;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.addons.autoscaler.ClusterAutoscaler;
import io.slipway.addons.backups.Velero;
import io.slipway.addons.certificates.CertManager;
import io.slipway.addons.dns.ExternalDns;
import io.slipway.addons.ingress.AwsLoadBalancerController;
import io.slipway.addons.ingress.Traefik;
import io.slipway.addons.metrics.MetricsServer;
import io.slipway.addons.monitoring.KubePrometheusStack;
import io.slipway.addons.monitoring.MonitoringArgs;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every pinned add-on of one cluster slot, as the environment enables them for the cloud: ingress,
 * monitoring with the platform alerts, autoscaler (EKS), backups, external-dns, cert-manager and
 * metrics-server (EKS), and with ingress on EKS the AWS Load Balancer Controller that makes its NLB. A disabled add-on registers nothing. Add-ons install side by side;
 * only the ServiceMonitors of scraped add-ons ({@link io.slipway.addons.monitoring.AddonServiceMonitor})
 * wait for the monitoring release that defines their kind.
 */
public final class AddonSet extends ComponentResource {
    public static final String TYPE = "slipway:addons:AddonSet";

    private final Optional<Traefik> ingress;

    public AddonSet(String name, AddonSetArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var cluster = args.cluster();
        var addons = cluster.environment().spec().addons();
        boolean aws = cluster.aws().isPresent();
        // EKS Auto Mode (aws.autoMode) makes load balancers and scales nodes itself: no controller, no autoscaler.
        boolean autoMode = cluster.environment().eksAutoMode();
        var child = ComponentResourceOptions.builder().parent(this).build();
        var base = new AddonArgs(cluster, args.lock());
        String prefix = cluster.clusterName();

        Optional<Resource> monitoring = Optional.empty();
        if (addons.monitoring().enabled()) {
            monitoring = Optional.of(new KubePrometheusStack(prefix + "-monitoring",
                    new MonitoringArgs(base, args.grafanaAdminPassword()), child).release());
        }
        // On EKS the controller makes every load balancer, so it comes first and goes last: Traefik's
        // Service is created once it runs, and deleted (with its NLB) while it still runs.
        var ingressArgs = base;
        if (aws && !autoMode && addons.ingress().enabled()) {
            var controller = new AwsLoadBalancerController(prefix + "-aws-load-balancer-controller", base, child);
            ingressArgs = new AddonArgs(cluster, args.lock(), List.of(controller.release()));
        }
        this.ingress = addons.ingress().enabled()
                ? Optional.of(new Traefik(prefix + "-traefik", ingressArgs, monitoring, child))
                : Optional.empty();
        if (addons.autoscaler().enabled() && aws && !autoMode) {
            new ClusterAutoscaler(prefix + "-cluster-autoscaler", base, child);
        }
        if (addons.backups().enabled()) {
            new Velero(prefix + "-velero", base, monitoring, child);
        }
        if (addons.externalDns().enabled()) {
            new ExternalDns(prefix + "-external-dns", base, child);
        }
        if (addons.certManager().enabled()) {
            new CertManager(prefix + "-cert-manager", base, child);
        }
        if (addons.metricsServer().enabled() && aws) {
            new MetricsServer(prefix + "-metrics-server", base, child);
        }
        registerOutputs(ingress.<Map<String, Output<?>>>map(t -> Map.of("ingressAddress", t.address(), "ingressRecordType", t.recordType()))
                .orElse(Map.of()));
    }

    /** The ingress load balancer's hostname (AWS) or IP (GCP), for slot DNS; empty when ingress is disabled. */
    public Optional<Output<String>> ingressAddress() {
        return ingress.map(Traefik::address);
    }

    /** {@code CNAME} or {@code A}: the record type slot DNS must use for {@link #ingressAddress()}. */
    public Optional<Output<String>> ingressRecordType() {
        return ingress.map(Traefik::recordType);
    }

    /**
     * What owns the ingress address ({@link Traefik#addressOwner()}): slot DNS records depend on it,
     * so they are deleted before the address goes.
     */
    public Optional<Resource> ingressAddressOwner() {
        return ingress.map(Traefik::addressOwner);
    }
}
