package io.slipway.ephemeral;

/**
 * What {@code slipway dev up} was asked for.
 *
 * @param name              the new environment's name: a DNS label of at most {@value ChildSpecs#MAX_NAME_LENGTH} characters. Required.
 * @param parent            the long-lived environment it derives from ({@code --from}). Required.
 * @param owner             who asks for it, an e-mail address ({@code --owner}). Required.
 * @param ttl               the time to live as {@code 8h} ({@code --ttl}). @default the parent's ephemeralPolicy.defaultTtl
 * @param kubernetesVersion the Kubernetes version ({@code --kubernetes-version}). @default the parent's live slot's
 */
public record EphemeralRequest(String name, String parent, String owner, String ttl, String kubernetesVersion) {}
