package io.slipway.offline;

import com.pulumi.Log;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.internal.MockMonitor;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import pulumirpc.Resource.ReadResourceRequest;
import pulumirpc.Resource.ReadResourceResponse;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

/**
 * The SDK's mock monitor, also recording every registration request: parent, dependencies and
 * protection are only visible here, not in {@code TestResult}. This is the one class that touches
 * the SDK's internal test API ({@code MockMonitor}); a new SDK version changes only this file.
 */
final class RecordingMonitor extends MockMonitor {
    private final Map<String, RegisteredResource> byUrn = new ConcurrentHashMap<>();

    RecordingMonitor(Mocks mocks) {
        super(mocks, Log.ignore());
    }

    @Override
    public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest request) {
        return super.registerResourceAsync(resource, request).thenApply(response -> {
            var dependencies = new TreeSet<>(request.getDependenciesList());
            request.getPropertyDependenciesMap().values().forEach(d -> dependencies.addAll(d.getUrnsList()));
            byUrn.put(response.getUrn(), new RegisteredResource(
                    response.getUrn(), request.getType(), request.getName(), request.getParent(),
                    StructValues.toMap(request.getObject()), List.copyOf(dependencies),
                    request.getProtect(), request.getProvider(), false));
            return response;
        });
    }

    @Override
    public CompletableFuture<ReadResourceResponse> readResourceAsync(Resource resource, ReadResourceRequest request) {
        return super.readResourceAsync(resource, request).thenApply(response -> {
            byUrn.put(response.getUrn(), new RegisteredResource(
                    response.getUrn(), request.getType(), request.getName(), request.getParent(),
                    StructValues.toMap(request.getProperties()), List.copyOf(new TreeSet<>(request.getDependenciesList())),
                    false, request.getProvider(), true));
            return response;
        });
    }

    /** Everything registered, ordered by URN so that runs compare byte for byte. */
    List<RegisteredResource> recorded() {
        return byUrn.values().stream().sorted(java.util.Comparator.comparing(RegisteredResource::urn)).toList();
    }
}
