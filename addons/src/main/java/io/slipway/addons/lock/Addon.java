package io.slipway.addons.lock;

/** The add-ons Slipway pins, each by its key in the lock file. */
public enum Addon {
    TRAEFIK("traefik"),
    KUBE_PROMETHEUS_STACK("kube-prometheus-stack"),
    CLUSTER_AUTOSCALER("cluster-autoscaler"),
    VELERO("velero"),
    EXTERNAL_DNS("external-dns"),
    CERT_MANAGER("cert-manager"),
    METRICS_SERVER("metrics-server"),
    AWS_LOAD_BALANCER_CONTROLLER("aws-load-balancer-controller");

    private final String lockKey;

    Addon(String lockKey) {
        this.lockKey = lockKey;
    }

    /** The add-on's key under {@code addons:} in the lock file. */
    public String lockKey() {
        return lockKey;
    }
}
