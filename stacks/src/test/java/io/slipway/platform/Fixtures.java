package io.slipway.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.cluster.Foundation;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.offline.CloudMocks;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import io.slipway.plan.StackFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Specs and stand-ins shared by the platform tests. */
public final class Fixtures {
    private Fixtures() {}

    public static EnvironmentSpec spec(String yaml) {
        try {
            var tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            return new EnvironmentLoader().fromTree(tree, "test.yaml").spec();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An AWS dev environment with the given slots block (YAML, indented two spaces under "slots:"). */
    public static EnvironmentContext aws(String slotsYaml) {
        return new EnvironmentContext("dev", spec("""
                cloud: aws
                tier: dev
                region: eu-west-1
                domain: dev.example.com
                slots:
                %s
                addons: {certManager: {acmeEmail: platform-team@example.com}}
                aws: {adminRoleArns: ["arn:aws:iam::123456789012:role/platform-admin"]}
                """.formatted(slotsYaml.indent(2).stripTrailing())));
    }

    public static EnvironmentContext gcp(String slotsYaml) {
        return new EnvironmentContext("gdev", spec("""
                cloud: gcp
                tier: dev
                region: europe-west1
                domain: gdev.example.com
                slots:
                %s
                addons: {certManager: {acmeEmail: platform-team@example.com}}
                gcp: {project: acme-platform-dev}
                """.formatted(slotsYaml.indent(2).stripTrailing())));
    }

    /** A slot with one on-demand system pool of the given instance or machine type. */
    public static String slot(String name, String version, int weight, String instanceType) {
        return """
                %s:
                  kubernetesVersion: "%s"
                  weight: %d
                  nodePools: [{name: system, system: true, instanceTypes: [%s], min: 1, max: 2}]
                """.formatted(name, version, weight, instanceType);
    }

    public static String awsSlot(String name, String version, int weight) {
        return slot(name, version, weight, "m6i.large");
    }

    public static String gcpSlot(String name, String version, int weight) {
        return slot(name, version, weight, "e2-standard-4");
    }

    /** A component standing in for a resource other components depend on (a release, a cluster). */
    public static final class StandIn extends ComponentResource {
        public StandIn(String name) {
            super("slipway:test:StandIn", name, ComponentResourceOptions.builder().build());
            registerOutputs(java.util.Map.of());
        }
    }

    /** A Helm release standing in for an add-on's release (records and slots depend on releases). */
    public static com.pulumi.kubernetes.helm.v3.Release release(String name) {
        return new com.pulumi.kubernetes.helm.v3.Release(name, com.pulumi.kubernetes.helm.v3.ReleaseArgs.builder()
                .chart(name).version("1.0.0").namespace(name).build());
    }

    /** A foundation with fixed outputs. */
    public static Foundation foundation(String zoneId) {
        var resource = new StandIn("foundation");
        return new Foundation() {
            public Resource resource() { return resource; }
            public Output<String> dnsZoneId() { return Output.of(zoneId); }
            public Output<List<String>> nameServers() { return Output.of(List.of("ns-1.example.net")); }
            public Output<String> backupsBucket() { return Output.of("dev-backups"); }
            public Output<String> logsBucket() { return Output.of("dev-logs"); }
        };
    }

    /** The project's environments/ directory (tests run in the stacks module). */
    public static final Path PROJECT_ENVIRONMENTS = Path.of("..", "environments").toAbsolutePath().normalize();
    /** The stack config key of the monitoring add-on's Grafana password, a secret. */
    public static final String GRAFANA_PASSWORD_KEY = "slipway:" + PlatformProgram.GRAFANA_PASSWORD_KEY;

    /** A spec from inline YAML, validated with every rule of every module, as {@code pulumi up} loads it. */
    public static EnvironmentSpec validSpec(String yaml) {
        try {
            var tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            return SpecRules.loader().fromTree(tree, "test.yaml").spec();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The stacks of the project's environments/ directory. */
    public static List<String> projectStacks() {
        return new StackFiles(PROJECT_ENVIRONMENTS).stacks();
    }

    /** A project environment, validated with every rule. */
    public static EnvironmentSpec projectSpec(String stack) {
        return SpecRules.loader().loadStackFile(PROJECT_ENVIRONMENTS.resolve("Pulumi." + stack + ".yaml")).spec();
    }

    /** The whole platform program run offline as the plan runs it, with the Grafana password as a secret. */
    public static OfflineResult runPlatform(String stack, EnvironmentSpec spec) {
        return OfflineEngine.run(stack, CloudMocks.forEnvironment(spec), Map.of(GRAFANA_PASSWORD_KEY, "test-password"),
                Set.of(GRAFANA_PASSWORD_KEY), ctx -> PlatformProgram.define(ctx, spec));
    }
}
