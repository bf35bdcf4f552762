package io.slipway.review.cost;

import io.slipway.review.graph.Section;

/**
 * One monthly cost of an environment, at the node pools' minimum, desired and maximum sizes (the
 * same value thrice for what does not scale with nodes).
 *
 * @param section     where it lives (foundation, a slot)
 * @param item        what it is, with the quantities used
 * @param min         USD per month at minimum size
 * @param desired     USD per month at the desired (expected) size
 * @param max         USD per month at maximum size
 */
public record CostLine(Section section, String item, double min, double desired, double max) {
    static CostLine fixed(Section section, String item, double monthly) {
        return new CostLine(section, item, monthly, monthly, monthly);
    }
}
