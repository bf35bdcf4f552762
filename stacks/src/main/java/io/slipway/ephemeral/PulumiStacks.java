package io.slipway.ephemeral;

import io.slipway.ops.pulumi.PulumiCli;
import io.slipway.platform.PlatformProgram;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * {@link EphemeralStacks} on the {@code pulumi} CLI, against whatever backend the user is logged in
 * to ({@code pulumi login}, or {@code PULUMI_BACKEND_URL}). A new stack gets a generated Grafana
 * admin password as a secret, so {@code dev up} needs nothing typed.
 */
public final class PulumiStacks implements EphemeralStacks {
    private final PulumiCli pulumi;
    private final String secretsProvider;

    /**
     * @param pulumi          the CLI in the project directory
     * @param secretsProvider {@code --secrets-provider} of new stacks ({@code awskms://...}); null or blank for the backend's default
     */
    public PulumiStacks(PulumiCli pulumi, String secretsProvider) {
        this.pulumi = pulumi;
        this.secretsProvider = secretsProvider == null || secretsProvider.isBlank() ? null : secretsProvider;
    }

    @Override
    public boolean exists(String stack) {
        return pulumi.hasStack(stack);
    }

    @Override
    public List<String> names() {
        return pulumi.stackNames();
    }

    @Override
    public void create(String stack) {
        pulumi.initStack(stack, secretsProvider);
        pulumi.setSecret(stack, PlatformProgram.GRAFANA_PASSWORD_KEY, generatedPassword());
    }

    @Override
    public void remove(String stack) {
        pulumi.removeStack(stack);
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
