package io.slipway.addons.monitoring;

import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.cluster.ClusterHandle;
import io.slipway.kubernetes.KubernetesObject;
import io.slipway.kubernetes.KubernetesObjectArgs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ServiceMonitor through which Prometheus scrapes an add-on, made by Slipway rather than by the
 * add-on's chart. A chart that renders its own ServiceMonitor needs the kind to exist when it
 * installs, so the whole add-on release would wait for the monitoring release (2-3 minutes, on the
 * critical path of every slot). Made separately, only this small object waits for both releases:
 * the add-on installs beside monitoring, and the object appears once its kind and its target exist.
 *
 * @param name      the object's name, the one the chart gives it (its fullname)
 * @param namespace the add-on's namespace: where the object lives and the only namespace it selects in
 * @param selector  the labels of the Service to scrape, exactly the chart's selector labels
 * @param endpoint  the scrape endpoint as the chart renders it ({@code port} or {@code targetPort},
 *                  path, interval, timeout)
 */
public record AddonServiceMonitor(String name, String namespace, Map<String, String> selector, Map<String, Object> endpoint) {
    public static final String API_VERSION = "monitoring.coreos.com/v1";
    public static final String KIND = "ServiceMonitor";

    public AddonServiceMonitor {
        if (selector == null || selector.isEmpty() || endpoint == null || endpoint.isEmpty()) {
            throw new IllegalArgumentException("the ServiceMonitor " + namespace + "/" + name + " needs a selector and an endpoint");
        }
        selector = Map.copyOf(selector);
        endpoint = Map.copyOf(endpoint);
    }

    /** The object's spec: one endpoint, the Services with the selector's labels in the add-on's namespace. */
    public Map<String, Object> spec() {
        return Map.of(
                "endpoints", List.of(endpoint),
                "namespaceSelector", Map.of("matchNames", List.of(namespace)),
                "selector", Map.of("matchLabels", selector));
    }

    /**
     * Registers the object on the slot's cluster.
     *
     * @param resourceName the Pulumi resource name, {@code <add-on>-service-monitor}
     * @param cluster      the slot's cluster, whose provider creates the object
     * @param monitoring   the monitoring release, which defines the ServiceMonitor kind
     * @param scraped      the add-on's release, whose Service the object selects
     * @param parent       the add-on component
     */
    public KubernetesObject register(String resourceName, ClusterHandle cluster, Resource monitoring, Resource scraped, Resource parent) {
        // The selector labels name what is scraped; the Helm labels the chart adds are left out, as Helm does not manage it.
        var labels = new LinkedHashMap<String, String>(selector);
        labels.put("app.kubernetes.io/part-of", "slipway");
        return new KubernetesObject(resourceName, new KubernetesObjectArgs(API_VERSION, KIND,
                ObjectMetaArgs.builder().name(name).namespace(namespace).labels(labels).build(), spec()),
                CustomResourceOptions.builder().parent(parent).provider(cluster.kubernetes()).dependsOn(monitoring, scraped).build());
    }
}
