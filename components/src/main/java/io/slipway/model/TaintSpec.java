package io.slipway.model;

/**
 * A taint put on every node of a pool.
 *
 * @param key    taint key. Required.
 * @param value  taint value. @default "" (a taint without value)
 * @param effect NoSchedule, PreferNoSchedule or NoExecute. Required.
 */
public record TaintSpec(@Required String key, String value, @Required TaintEffect effect) {
    public TaintSpec {
        value = value == null ? "" : value;
    }
}
