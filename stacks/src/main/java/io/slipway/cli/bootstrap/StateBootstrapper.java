package io.slipway.cli.bootstrap;

import com.pulumi.Context;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Deploys a bootstrap program for real ({@code pulumi up}). Behind an interface so the command's
 * logic (confirmation, printing, errors) is testable without the Pulumi CLI or a cloud account.
 */
public interface StateBootstrapper {
    /**
     * Creates or updates the bootstrap stack and returns its outputs.
     *
     * @param stack   the bootstrap stack's name
     * @param config  stack config, keys as {@code <namespace>:<key>} ({@code aws:region})
     * @param program the inline program to deploy
     * @return the stack outputs by name
     * @throws BootstrapFailedException the deployment failed
     */
    Map<String, Object> up(String stack, Map<String, String> config, Consumer<Context> program);
}
