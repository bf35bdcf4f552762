package io.slipway.review.graph;

/**
 * Where in an environment a resource lives: review output groups by it.
 *
 * @param kind the part of the environment
 * @param slot the slot name for {@link Kind#SLOT} and {@link Kind#ADDONS}, else ""
 */
public record Section(Kind kind, String slot) implements Comparable<Section> {
    public enum Kind { FOUNDATION, SLOT, ADDONS, ENVIRONMENT }

    public String label() {
        return switch (kind) {
            case FOUNDATION -> "foundation";
            case SLOT -> "slot " + slot;
            case ADDONS -> "slot " + slot + " add-ons";
            case ENVIRONMENT -> "environment";
        };
    }

    /** Foundation first, then each slot with its add-ons, then environment-wide resources. */
    @Override
    public int compareTo(Section other) {
        int byGroup = Integer.compare(groupOrder(), other.groupOrder());
        if (byGroup != 0) {
            return byGroup;
        }
        int bySlot = slot.compareTo(other.slot);
        return bySlot != 0 ? bySlot : kind.compareTo(other.kind);
    }

    private int groupOrder() {
        return switch (kind) {
            case FOUNDATION -> 0;
            case SLOT, ADDONS -> 1;
            case ENVIRONMENT -> 2;
        };
    }
}
