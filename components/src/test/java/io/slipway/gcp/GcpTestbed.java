package io.slipway.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.cluster.ClusterHandle;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.offline.CloudMocks;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** A GCP environment for tests: a realistic base spec in YAML, edited per test, planned offline. */
public final class GcpTestbed {
    public static final String ENVIRONMENT = "dev";
    public static final String PROJECT = "acme-platform-dev";

    private static final String BASE = """
            cloud: gcp
            tier: dev
            region: europe-west1
            domain: dev.gcp.example.com
            network: {cidr: 10.20.0.0/20}
            tags: {team: platform, cost-center: "4200"}
            slots:
              blue:
                kubernetesVersion: "1.34"
                weight: 100
                nodePools:
                  - {name: system, system: true, instanceTypes: [e2-standard-2], min: 1, max: 3, desired: 2}
                  - name: workers
                    capacity: spot
                    instanceTypes: [e2-standard-4, n2-standard-4, n2d-standard-4]
                    min: 2
                    max: 7
                    desired: 4
                    diskSizeGb: 80
                    labels: {workload: general}
                    taints: [{key: spot, value: "true", effect: NoSchedule}]
            addons:
              certManager: {acmeEmail: platform-team@example.com}
            gcp:
              project: acme-platform-dev
              locationMode: zonal
              zone: europe-west1-b
            """;

    private GcpTestbed() {}

    /** The base spec with {@code edit} applied to its YAML tree first. */
    public static EnvironmentSpec spec(Consumer<ObjectNode> edit) {
        try {
            var tree = (ObjectNode) new YAMLMapper().readTree(BASE);
            edit.accept(tree);
            return new EnvironmentLoader().fromTree(tree, "test.yaml").spec();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EnvironmentSpec spec() {
        return spec(tree -> { });
    }

    /** Plans the environment as stack {@value #ENVIRONMENT}. */
    public static Planned plan(EnvironmentSpec spec) {
        return plan(ENVIRONMENT, spec);
    }

    /** Plans the environment's foundation and every slot's cluster through {@link GcpPlatform}. */
    public static Planned plan(String stack, EnvironmentSpec spec) {
        var handles = new TreeMap<String, ClusterHandle>();
        OfflineResult result = OfflineEngine.run(stack, CloudMocks.forEnvironment(spec), ctx -> {
            var environment = new EnvironmentContext(stack, spec);
            var platform = new GcpPlatform(environment);
            platform.foundation();
            spec.slots().forEach((slot, slotSpec) ->
                    handles.put(slot, platform.createCluster(slot, slotSpec, new SlotParent(environment.clusterName(slot)))));
        });
        return new Planned(result, Map.copyOf(handles));
    }

    /** What a plan registered, and the cluster handles the platform gave back. */
    public record Planned(OfflineResult result, Map<String, ClusterHandle> handles) {
        public List<String> errors() {
            return result.errors();
        }
    }

    /** Stands in for the stacks module's ClusterSlot, which components cannot see. */
    static final class SlotParent extends ComponentResource {
        SlotParent(String name) {
            super("slipway:test:Slot", name, ComponentResourceOptions.builder().build());
            registerOutputs(Map.of());
        }
    }
}
