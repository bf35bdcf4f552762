package io.slipway.ephemeral;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@link EphemeralStacks} in memory, recording every call in the shared journal. */
final class FakeStacks implements EphemeralStacks {
    final Set<String> stacks = new TreeSet<>();
    /** When set, listing the stacks fails with it, as {@code stack ls} does when the backend cannot be reached. */
    RuntimeException listFailure;
    private final List<String> journal;

    FakeStacks(List<String> journal, String... existing) {
        this.journal = journal;
        stacks.addAll(List.of(existing));
    }

    @Override
    public boolean exists(String stack) {
        return stacks.contains(stack);
    }

    @Override
    public List<String> names() {
        if (listFailure != null) {
            throw listFailure;
        }
        return List.copyOf(stacks);
    }

    @Override
    public void create(String stack) {
        journal.add("stack create " + stack);
        stacks.add(stack);
    }

    @Override
    public void remove(String stack) {
        journal.add("stack remove " + stack);
        stacks.remove(stack);
    }
}
