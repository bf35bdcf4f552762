package io.slipway.ephemeral;

import io.slipway.ops.Confirmer;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.SlotTarget;
import io.slipway.ops.teardown.SlotTeardown;
import io.slipway.ops.tools.ClusterWorkloads;
import io.slipway.ops.tools.LoadBalancerInventory;
import io.slipway.ops.tools.ReleasedVolumes;
import io.slipway.platform.SpecRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Copies of the shipped dev and gcp-dev environments, a fake deployer and stacks, and the lifecycle at a fixed instant. */
public abstract class EphemeralTestbed {
    protected static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    protected Path project;

    protected final List<String> journal = new ArrayList<>();
    final StringWriter output = new StringWriter();
    FakeStackDeployer deployer;
    FakeStacks stacks;
    /** What answers the lifecycle's questions: yes, unless a test asks otherwise. */
    Confirmer confirmer = Confirmer.alwaysYes();
    EnvironmentConfigStore store;

    @BeforeEach
    void copyEnvironments() throws IOException {
        Path environments = Files.createDirectories(project.resolve("environments"));
        for (String env : List.of("dev", "gcp-dev")) {
            Files.copy(Path.of("..", "environments", "Pulumi." + env + ".yaml"), environments.resolve("Pulumi." + env + ".yaml"));
        }
        store = new EnvironmentConfigStore(environments, SpecRules.loader());
        deployer = new FakeStackDeployer(journal, stack -> Files.exists(store.file(stack))
                ? Optional.of(store.read(stack).spec()) : Optional.empty());
        stacks = new FakeStacks(journal, "dev", "gcp-dev");
    }

    protected EphemeralEnvironments at(Instant now) {
        var out = new PrintWriter(output, true);
        var workloads = new ClusterWorkloads() {
            @Override
            public List<String> deleteLoadBalancerOwners(SlotTarget target) {
                journal.add("delete load balancer owners of " + target.clusterName());
                return List.of();
            }

            @Override
            public ReleasedVolumes releaseVolumes(SlotTarget target) {
                journal.add("delete volume claims of " + target.clusterName());
                return new ReleasedVolumes(List.of(), List.of(), List.of());
            }

            @Override
            public List<String> remainingVolumes(SlotTarget target, List<String> volumes) {
                return List.of();
            }

            @Override
            public boolean reachable(SlotTarget target) {
                return true;
            }
        };
        var noLoadBalancers = new LoadBalancerInventory() {
            @Override
            public List<String> remaining(SlotTarget target) {
                return List.of();
            }

            @Override
            public void delete(SlotTarget target, List<String> ids) {
                journal.add("delete load balancers " + ids);
            }
        };
        var teardown = new SlotTeardown(deployer, workloads, noLoadBalancers, Clock.fixed(now, ZoneOffset.UTC), d -> { },
                SlotTeardown.DEFAULT_TIMEOUT, out);
        return new EphemeralEnvironments(store, new ChildFiles(SpecRules.loader()), deployer, stacks, teardown,
                Clock.fixed(now, ZoneOffset.UTC), confirmer, out);
    }

    static EphemeralRequest request(String name, String parent, String ttl) {
        return new EphemeralRequest(name, parent, "jane@example.com", ttl, null);
    }


    /**
     * A deployed child the backend alone knows (made from another checkout): its stack, its slot and its
     * {@code ephemeral} output, and no file here.
     */
    protected void stackOnlyChild(String name, String parent, Instant expiresAt) {
        stacks.stacks.add(name);
        deployer.deployed(name);
        deployer.ephemeralOutputs.put(name, java.util.Map.of("parent", parent, "owner", "sam@example.com",
                "createdAt", T0.toString(), "expiresAt", expiresAt.toString()));
    }

    protected void failDestroyOf(String stack) {
        deployer.failDestroyOf.add(stack);
    }
}
