package io.slipway.model.addons;

/**
 * Per-environment settings of the pinned add-ons. Every add-on is on by default; versions are
 * never set here, they come from the add-on lock file.
 *
 * @param ingress       Traefik. @default enabled
 * @param monitoring    kube-prometheus-stack and platform alerts. @default enabled
 * @param autoscaler    node autoscaling. @default enabled
 * @param backups       Velero. @default enabled, daily, 30 days
 * @param externalDns   external-dns. @default enabled, upsert-only
 * @param certManager   cert-manager. @default enabled (needs acmeEmail)
 * @param metricsServer metrics-server (EKS). @default enabled
 */
public record AddonsSpec(
        IngressSpec ingress,
        MonitoringSpec monitoring,
        AutoscalerSpec autoscaler,
        BackupsSpec backups,
        ExternalDnsSpec externalDns,
        CertManagerSpec certManager,
        MetricsServerSpec metricsServer) {

    public AddonsSpec {
        ingress = ingress == null ? IngressSpec.defaults() : ingress;
        monitoring = monitoring == null ? MonitoringSpec.defaults() : monitoring;
        autoscaler = autoscaler == null ? AutoscalerSpec.defaults() : autoscaler;
        backups = backups == null ? BackupsSpec.defaults() : backups;
        externalDns = externalDns == null ? ExternalDnsSpec.defaults() : externalDns;
        certManager = certManager == null ? CertManagerSpec.defaults() : certManager;
        metricsServer = metricsServer == null ? MetricsServerSpec.defaults() : metricsServer;
    }

    public static AddonsSpec defaults() {
        return new AddonsSpec(null, null, null, null, null, null, null);
    }
}
