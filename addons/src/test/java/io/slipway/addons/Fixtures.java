package io.slipway.addons;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceArgs;
import io.slipway.addons.lock.AddonLock;
import io.slipway.cluster.AwsClusterIdentity;
import io.slipway.cluster.ClusterHandle;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.cluster.Foundation;
import io.slipway.cluster.GcpClusterIdentity;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.offline.CloudMocks;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Environments and hand-built cluster handles for the add-on tests; the cloud clusters are not needed. */
public final class Fixtures {
    public static final String RELEASE = "kubernetes:helm.sh/v3:Release";
    public static final String ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/ABC123";
    public static final String ZONE_ARN = "arn:aws:route53:::hostedzone/Z0123456789ABC";
    public static final String BUCKET_ARN = "arn:aws:s3:::dev-backups-123456789012";
    public static final String VPC_ID = "vpc-0123456789abcdef0";
    public static final String KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    public static final AddonLock LOCK = AddonLock.load();
    public static final String SUBNETWORK = "projects/acme-dev/regions/europe-west1/subnetworks/dev-europe-west1";

    private Fixtures() {}

    public static final String AWS = """
            cloud: aws
            tier: %s
            region: eu-west-1
            domain: dev.example.com
            tags: {team: platform}
            slots:
              blue:
                kubernetesVersion: "1.34"
                weight: 100
                nodePools:
                  - {name: system, system: true, instanceTypes: [m6i.large], min: 1, max: 2}
                  - {name: workers, capacity: spot, instanceTypes: [m6i.large, m5.large], min: 0, max: 5}
            addons:
              certManager: {acmeEmail: platform@example.com}
              %s
            aws: {}
            """;

    public static final String GCP = """
            cloud: gcp
            tier: %s
            region: europe-west1
            domain: dev.example.com
            tags: {team: platform}
            slots:
              blue:
                kubernetesVersion: "1.34"
                weight: 100
                nodePools:
                  - {name: system, system: true, instanceTypes: [e2-standard-4], min: 1, max: 2}
            addons:
              certManager: {acmeEmail: platform@example.com}
              %s
            gcp: {project: acme-dev}
            """;

    /** An AWS environment of a tier, with extra lines under {@code addons:} ("" for the defaults). */
    public static EnvironmentContext aws(String tier, String addons) {
        return load(AWS.formatted(tier, addons));
    }

    public static EnvironmentContext gcp(String tier, String addons) {
        return load(GCP.formatted(tier, addons));
    }

    public static EnvironmentContext load(String yaml) {
        try {
            var tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            return new EnvironmentContext("dev", new EnvironmentLoader().fromTree(tree, "test.yaml").spec());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A stand-in for a cloud component. It holds one custom resource, since Pulumi turns a dependency on a
     * component into dependencies on its custom resources: tests see that marker's URN.
     */
    static final class Stand extends ComponentResource {
        Stand(String type, String name) {
            super(type, name, ComponentResourceOptions.builder().build());
            new CustomResource("test:index:Marker", name, ResourceArgs.Empty, CustomResourceOptions.builder().parent(this).build()) {};
            registerOutputs(Map.of());
        }
    }

    /**
     * A stand-in for the monitoring release, for add-ons tested alone: dependencies on it show as its
     * marker, {@code test:index:Marker dev-blue-monitoring}. Call it inside the program.
     */
    public static Resource monitoringRelease() {
        return new Stand("slipway:test:MonitoringRelease", "dev-blue-monitoring");
    }

    /** A slot's cluster as the cloud helpers hand it over: dummy cluster and foundation, a static kubeconfig. */
    public static ClusterHandle cluster(EnvironmentContext env, String slot) {
        var foundationResource = new Stand("slipway:test:Foundation", "foundation");
        var clusterResource = new Stand("slipway:test:Cluster", env.clusterName(slot));
        var pool = new Stand("slipway:test:NodePool", env.clusterName(slot) + "-system");
        var kubernetes = new Provider(env.clusterName(slot), ProviderArgs.builder()
                .kubeconfig("apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n").build(),
                CustomResourceOptions.builder().parent(clusterResource).build());
        boolean aws = env.spec().gcp() == null;
        Foundation foundation = new Foundation() {
            @Override public Resource resource() { return foundationResource; }
            @Override public Output<String> dnsZoneId() { return Output.of(aws ? "Z0123456789ABC" : "dev-zone"); }
            @Override public Output<List<String>> nameServers() { return Output.of(List.of("ns-1.example.net")); }
            @Override public Output<String> backupsBucket() { return Output.of(aws ? "dev-backups-123456789012" : "acme-dev-backups"); }
            @Override public Output<String> logsBucket() { return Output.of(aws ? "dev-logs-123456789012-eu-west-1" : "acme-dev-logs"); }
        };
        Optional<AwsClusterIdentity> awsIdentity = aws ? Optional.of(new AwsClusterIdentity(
                Output.of("arn:aws:iam::123456789012:oidc-provider/" + ISSUER), Output.of(ISSUER),
                Output.of("123456789012"), Output.of("aws"), env.spec().region(), Output.of(ZONE_ARN), Output.of(BUCKET_ARN),
                Output.of(KEY_ARN), Output.of(VPC_ID)))
                : Optional.empty();
        Optional<GcpClusterIdentity> gcpIdentity = aws ? Optional.empty()
                : Optional.of(new GcpClusterIdentity(env.spec().gcp().project(), env.spec().gcp().project() + ".svc.id.goog",
                        Output.of(SUBNETWORK)));
        return new ClusterHandle(env, slot, env.spec().slots().get(slot), env.clusterName(slot), clusterResource, List.of(pool),
                List.of(), kubernetes, foundation, awsIdentity, gcpIdentity);
    }

    /** Runs a program that builds on the blue slot's cluster; fails on any engine error. */
    public static OfflineResult run(EnvironmentContext env, Consumer<ClusterHandle> program) {
        return run(env, (ctx, cluster) -> program.accept(cluster));
    }

    /** Like {@link #run(EnvironmentContext, Consumer)}, for programs that export outputs. */
    public static OfflineResult run(EnvironmentContext env, BiConsumer<Context, ClusterHandle> program) {
        var result = OfflineEngine.run("dev", CloudMocks.forEnvironment(env.spec()), ctx -> program.accept(ctx, cluster(env, "blue")));
        if (!result.errors().isEmpty()) {
            throw new AssertionError("the program failed: " + result.errors());
        }
        return result;
    }

    /** The values map registered on a release. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> values(RegisteredResource release) {
        return (Map<String, Object>) release.inputs().get("values");
    }

    /** A nested value of a map by keys (which may contain dots, like annotation keys). */
    @SuppressWarnings("unchecked")
    public static Object at(Object map, Object... keys) {
        Object current = map;
        for (Object key : keys) {
            if (current instanceof Map<?, ?> m) {
                current = m.get(key);
            } else if (current instanceof List<?> l) {
                current = l.get((Integer) key);
            } else {
                throw new AssertionError("no " + key + " in " + current);
            }
        }
        return current;
    }

    /** The JSON document of a registered IAM policy input. */
    public static com.fasterxml.jackson.databind.JsonNode json(Object policy) {
        try {
            return new ObjectMapper().readTree((String) policy);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + policy, e);
        }
    }

    /** A policy statement by Sid. */
    public static com.fasterxml.jackson.databind.JsonNode statement(com.fasterxml.jackson.databind.JsonNode policy, String sid) {
        for (var statement : policy.get("Statement")) {
            if (statement.get("Sid").asText().equals(sid)) {
                return statement;
            }
        }
        throw new AssertionError("no statement " + sid + " in " + policy);
    }

    public static ComponentResourceOptions noOptions() {
        return ComponentResourceOptions.builder().build();
    }
}
