package io.slipway.plan.timeline;

import io.slipway.offline.RegisteredResource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The modelled time until an environment is ready: Pulumi's engine creates a resource as soon as
 * its parent is registered and everything it depends on is created (a dependency on a component
 * means all of the component's descendants), running up to {@code parallelism} creates at once
 * ({@code pulumi up --parallel}; unbounded by default). Durations come from {@link CreateDurations}
 * for a new environment; a change to a deployed one passes what each resource's step takes (nothing
 * for an unchanged resource, an update or a create), and the same engine orders the steps.
 *
 * @param finishSeconds when each resource is done, by URN, in seconds from the start
 * @param totalSeconds  when the last one is
 * @param criticalPath  the chain of resources that decides the total, first to last
 */
public record Timeline(Map<String, Integer> finishSeconds, int totalSeconds, List<Step> criticalPath) {
    /** Pulumi's default: no limit on concurrent resource operations. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /**
     * One resource on the critical path.
     *
     * @param resource the resource
     * @param seconds  how long its operation takes
     * @param finish   when it is done, in seconds from the start
     */
    public record Step(RegisteredResource resource, int seconds, int finish) {}

    /**
     * @param resources   the plan's resources (the graph: parents, dependencies, providers)
     * @param durations   how long each resource's operation takes; 0 for one that is done at once
     * @param parallelism how many operations run at once ({@link #UNBOUNDED} for Pulumi's default)
     */
    public static Timeline of(List<RegisteredResource> resources, Durations durations, int parallelism) {
        var byUrn = new HashMap<String, RegisteredResource>();
        var children = new HashMap<String, List<String>>();
        for (RegisteredResource r : resources) {
            byUrn.put(r.urn(), r);
            children.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r.urn());
        }
        // What each resource waits for: its parent's registration and each dependency's completion,
        // a component's completion being its descendants' (computed as a wait on each of them).
        var waitsFor = new HashMap<String, List<String>>();
        for (RegisteredResource r : resources) {
            var waits = new ArrayList<String>();
            if (byUrn.containsKey(r.parent())) {
                waits.add(r.parent());
            }
            for (String dependency : r.dependencies()) {
                collect(dependency, byUrn, children, waits);
            }
            providerUrn(r).ifPresent(provider -> collect(provider, byUrn, children, waits));
            waits.remove(r.urn());
            waitsFor.put(r.urn(), waits);
        }
        var finish = new HashMap<String, Integer>();
        var decidedBy = new HashMap<String, String>();
        var running = new PriorityQueue<int[]>(Comparator.comparingInt(a -> a[0]));
        var ready = new ArrayList<String>();
        var pending = new ArrayList<>(resources.stream().map(RegisteredResource::urn).sorted().toList());
        int now = 0;
        int slots = parallelism;
        var runningUrns = new HashMap<Integer, String>();
        int ticket = 0;
        while (!pending.isEmpty() || !running.isEmpty()) {
            for (var it = pending.iterator(); it.hasNext(); ) {
                String urn = it.next();
                if (waitsFor.get(urn).stream().allMatch(finish::containsKey)) {
                    ready.add(urn);
                    it.remove();
                }
            }
            Collections.sort(ready);
            while (!ready.isEmpty() && slots > 0) {
                String urn = ready.remove(0);
                int seconds = durations.of(byUrn.get(urn));
                String last = waitsFor.get(urn).stream().max(Comparator.comparing(finish::get)).orElse(null);
                decidedBy.put(urn, last);
                if (seconds == 0) {
                    finish.put(urn, now);
                    continue;
                }
                slots--;
                running.add(new int[] {now + seconds, ticket});
                runningUrns.put(ticket++, urn);
            }
            if (ready.isEmpty() && running.isEmpty() && !pending.isEmpty()
                    && pending.stream().noneMatch(u -> waitsFor.get(u).stream().allMatch(finish::containsKey))) {
                throw new IllegalStateException("the plan's dependency graph has a cycle among " + pending);
            }
            if (!running.isEmpty() && (ready.isEmpty() || slots == 0)
                    && pending.stream().noneMatch(u -> waitsFor.get(u).stream().allMatch(finish::containsKey))) {
                int[] done = running.poll();
                now = done[0];
                finish.put(runningUrns.remove(done[1]), now);
                slots++;
            }
        }
        int total = finish.values().stream().max(Integer::compare).orElse(0);
        return new Timeline(Map.copyOf(finish), total, criticalPath(finish, decidedBy, byUrn, durations, total));
    }

    /** The URN of the resource's explicit provider: its reference is {@code <urn>::<id>}. */
    private static Optional<String> providerUrn(RegisteredResource resource) {
        String reference = resource.provider();
        int id = reference == null ? -1 : reference.lastIndexOf("::");
        return id < 0 ? Optional.empty() : Optional.of(reference.substring(0, id));
    }

    private static void collect(String urn, Map<String, RegisteredResource> byUrn, Map<String, List<String>> children,
                                List<String> into) {
        if (!byUrn.containsKey(urn)) {
            return;
        }
        into.add(urn);
        for (String child : children.getOrDefault(urn, List.of())) {
            collect(child, byUrn, children, into);
        }
    }

    private static List<Step> criticalPath(Map<String, Integer> finish, Map<String, String> decidedBy,
                                           Map<String, RegisteredResource> byUrn, Durations durations, int total) {
        String last = finish.entrySet().stream().filter(e -> e.getValue() == total)
                .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
        var path = new ArrayList<Step>();
        for (String urn = last; urn != null; urn = decidedBy.get(urn)) {
            int seconds = durations.of(byUrn.get(urn));
            if (seconds > 0) {
                path.add(new Step(byUrn.get(urn), seconds, finish.get(urn)));
            }
        }
        Collections.reverse(path);
        return path;
    }
}
