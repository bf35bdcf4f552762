package io.slipway.model.validation.cloud;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.ModelRule;

/**
 * The cloud's own sub-object is present ({@code aws} for aws, {@code gcp} for gcp) and the other
 * cloud's is not: settings the program would silently ignore are a mistake worth saying.
 */
public final class CloudSettingsRule implements ModelRule {
    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        if (spec.cloud() == Cloud.AWS) {
            if (spec.aws() == null) {
                findings.error("aws", "missing required key 'aws' for cloud: aws; add 'aws: {}' at least");
            }
            if (spec.gcp() != null) {
                findings.error("gcp", "'gcp' settings in an aws environment; remove them or set cloud: gcp");
            }
        }
        if (spec.cloud() == Cloud.GCP) {
            if (spec.gcp() == null) {
                findings.error("gcp", "missing required key 'gcp' for cloud: gcp; it holds at least 'project'");
            }
            if (spec.aws() != null) {
                findings.error("aws", "'aws' settings in a gcp environment; remove them or set cloud: aws");
            }
        }
    }
}
