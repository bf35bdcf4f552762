package io.slipway.model.network;

import java.util.List;

/**
 * The records Slipway owns in the environment's zone. Each slot gets direct names
 * ({@code *.blue.<domain>}); each shared name gets one weighted record per slot.
 *
 * @param ttlSeconds  TTL of slot records; short, so weight shifts take effect quickly. @default 60
 * @param sharedNames labels under the domain that carry weighted traffic ({@code "*"} is
 *                    {@code *.<domain>}). @default ["*"]
 */
public record DnsSpec(Integer ttlSeconds, List<String> sharedNames) {
    public DnsSpec {
        ttlSeconds = ttlSeconds == null ? 60 : ttlSeconds;
        sharedNames = sharedNames == null ? List.of("*") : List.copyOf(sharedNames);
    }

    public static DnsSpec defaults() {
        return new DnsSpec(null, null);
    }
}
