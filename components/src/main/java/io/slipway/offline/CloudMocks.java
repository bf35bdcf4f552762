package io.slipway.offline;

import com.pulumi.test.Mocks;
import io.slipway.model.EnvironmentSpec;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Answers the mock engine like a cloud would: every resource gets a realistic, deterministic id and
 * the computed outputs dependants read (ARNs, endpoints, name servers), and invokes (zones, caller
 * identity, partition, project) get realistic answers. The same name always gives the same answer,
 * so two plans of one environment are byte-identical.
 */
public final class CloudMocks implements Mocks {
    private final MockWorld world;
    /** The region of each explicit AWS provider registered so far, by its id (a resource names it as {@code <urn>::<id>}). */
    private final Map<String, String> awsProviderRegions = new java.util.concurrent.ConcurrentHashMap<>();

    public CloudMocks(MockWorld world) {
        this.world = world;
    }

    public static CloudMocks forEnvironment(EnvironmentSpec spec) {
        return new CloudMocks(MockWorld.of(spec));
    }

    public MockWorld world() {
        return world;
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        var inputs = args.inputs == null ? Map.<String, Object>of() : args.inputs;
        String type = args.type == null ? "" : args.type;
        String name = args.name == null ? "" : args.name;
        var state = new TreeMap<String, Object>(inputs);
        String id;
        if (type.startsWith("aws:")) {
            // A resource made through a provider for another region (a DNSSEC key in us-east-1) lives there.
            var resourceWorld = regionOf(args.provider).map(region -> new MockWorld(region, world.awsAccount(), world.gcpProject()))
                    .orElse(world);
            id = AwsMockOutputs.id(resourceWorld, type, name, inputs);
            state.putAll(AwsMockOutputs.outputs(resourceWorld, type, name, id, inputs));
        } else if (type.startsWith("gcp:")) {
            id = GcpMockOutputs.id(world, type, name, inputs);
            state.putAll(GcpMockOutputs.outputs(world, type, name, id, inputs));
        } else if (type.startsWith("kubernetes:")) {
            id = KubernetesMockOutputs.id(type, name, inputs, args.id);
            state.putAll(KubernetesMockOutputs.outputs(world, type, name, inputs));
        } else if (type.equals(StackReferenceMockOutputs.TYPE)) {
            id = args.id == null || args.id.isEmpty() ? String.valueOf(inputs.getOrDefault("name", name)) : args.id;
            state.putAll(StackReferenceMockOutputs.state(world, id));
        } else {
            id = name + "-" + MockWorld.hex(8, type, name);
            if (type.equals("pulumi:providers:aws") && inputs.get("region") instanceof String region) {
                awsProviderRegions.put(id, region);
            }
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
    }

    private Optional<String> regionOf(String providerReference) {
        if (providerReference == null || !providerReference.contains("::")) {
            return Optional.empty();
        }
        return Optional.ofNullable(awsProviderRegions.get(providerReference.substring(providerReference.lastIndexOf("::") + 2)));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        String token = args.token == null ? "" : args.token;
        Map<String, Object> callArgs = args.args == null ? Map.of() : args.args;
        Map<String, Object> answer;
        if (token.startsWith("aws:")) {
            answer = AwsMockOutputs.invoke(world, token, callArgs);
        } else if (token.startsWith("gcp:")) {
            answer = GcpMockOutputs.invoke(world, token, callArgs);
        } else {
            answer = Map.of();
        }
        return CompletableFuture.completedFuture(answer);
    }
}
