package io.slipway.ephemeral;

/**
 * The stack bookkeeping a new or removed ephemeral environment needs beyond the {@code Deployer}:
 * creating the stack in the backend with its secrets provider and its one secret, and removing it
 * once it is empty. Behind an interface so the lifecycle is tested with a fake.
 */
public interface EphemeralStacks {
    /** Whether the backend has the stack. */
    boolean exists(String stack);

    /** Every stack of the project in the backend, by short name: where children without a local file are found. */
    java.util.List<String> names();

    /**
     * {@code pulumi stack init}, then the stack's secrets: the Grafana admin password, generated
     * here, never printed or written to the environment file.
     */
    void create(String stack);

    /** {@code pulumi stack rm}: only for a stack whose resources are all destroyed. */
    void remove(String stack);
}
