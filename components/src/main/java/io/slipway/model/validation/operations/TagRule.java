package io.slipway.model.validation.operations;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.ModelRule;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Environment tags follow the cloud's rules: AWS tags (key up to 128 characters, value up to 256,
 * no {@code aws:} prefix) or GCP labels (lower-case key starting with a letter, key and value up to
 * 63 of {@code [a-z0-9_-]}). Keys under Slipway's own prefix are refused: Slipway sets those, and
 * its tags must still fit the cloud's limit per resource (AWS 50 tags, GCP 64 labels). On AWS the
 * tags are also copied into the ingress load balancer's Kubernetes annotation
 * ({@code key=value,key=value}), so '=' and ',' are refused there although AWS itself takes '='.
 */
public final class TagRule implements ModelRule {
    private static final Pattern AWS_CHARACTERS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final Pattern GCP_KEY = Pattern.compile("[a-z][a-z0-9_-]{0,62}");
    private static final Pattern GCP_VALUE = Pattern.compile("[a-z0-9_-]{0,63}");
    /** 50 per AWS resource, less slipway:environment, slipway:slot, slipway:component and Name. */
    static final int MAX_AWS_TAGS = 46;
    /** 64 per GCP resource, less slipway-environment, slipway-slot, slipway-component. */
    static final int MAX_GCP_LABELS = 61;

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        int limit = spec.cloud() == Cloud.GCP ? MAX_GCP_LABELS : MAX_AWS_TAGS;
        if (spec.tags().size() > limit) {
            findings.error("tags", spec.tags().size() + " tags; at most " + limit + " fit next to the ones Slipway adds");
        }
        if (spec.cloud() == Cloud.AWS) {
            spec.tags().forEach((key, value) -> checkAwsTag(key, value, "tags." + key, findings));
        } else if (spec.cloud() == Cloud.GCP) {
            spec.tags().forEach((key, value) -> checkGcpLabel(key, value, "tags." + key, findings));
        }
    }

    private static void checkAwsTag(String key, String value, String path, Findings findings) {
        if (key.isEmpty() || key.length() > 128 || !AWS_CHARACTERS.matcher(key).matches()) {
            findings.error(path, Echo.quote(key) + " is not an AWS tag key; 1 to 128 letters, digits, spaces or _.:/=+-@");
        }
        if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
            findings.error(path, "tag keys starting with 'aws:' are reserved by AWS");
        }
        if (key.startsWith("slipway:")) {
            findings.error(path, "tag keys starting with 'slipway:' are set by Slipway itself; choose another key");
        }
        if (key.contains("=") || value.contains("=")) {
            findings.error(path, "'=' in a tag: the tags are copied into the load balancer annotation as key=value,... "
                    + "where it would split the tag; remove it");
        }
        if (value.length() > 256 || !AWS_CHARACTERS.matcher(value).matches()) {
            findings.error(path, Echo.quote(value) + " is not an AWS tag value; at most 256 letters, digits, spaces or _.:/=+-@");
        }
    }

    private static void checkGcpLabel(String key, String value, String path, Findings findings) {
        if (!GCP_KEY.matcher(key).matches()) {
            findings.error(path, Echo.quote(key) + " is not a GCP label key; start with a lower-case letter, then up to 62 "
                    + "lower-case letters, digits, '_' or '-'");
        }
        if (key.startsWith("slipway-")) {
            findings.error(path, "label keys starting with 'slipway-' are set by Slipway itself; choose another key");
        }
        if (!GCP_VALUE.matcher(value).matches()) {
            findings.error(path, Echo.quote(value)
                    + " is not a GCP label value; up to 63 lower-case letters, digits, '_' or '-'");
        }
    }
}
