package io.slipway.model.team;

/**
 * The Pod Security Standard a team namespace enforces (and audits and warns about).
 *
 * @param level  {@code restricted} or {@code baseline}; {@code privileged} is never a team's. @default restricted
 * @param reason why the namespace cannot run restricted; required when the level is not restricted. @default null
 */
public record PodSecuritySpec(PodSecurityLevel level, String reason) {
    public PodSecuritySpec {
        level = level == null ? PodSecurityLevel.RESTRICTED : level;
    }

    public static PodSecuritySpec restricted() {
        return new PodSecuritySpec(PodSecurityLevel.RESTRICTED, null);
    }
}
