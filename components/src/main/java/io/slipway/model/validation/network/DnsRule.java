package io.slipway.model.validation.network;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.ModelRule;
import io.slipway.model.validation.NumberBounds;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The domain is a lower-case DNS name with at least two labels (Slipway creates its zone); the slot
 * records' TTL range is in {@link NumberBounds}; shared names are single DNS labels or {@code *}.
 */
public final class DnsRule implements ModelRule {
    static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        if (spec.domain() != null && (spec.domain().length() > 253 || !DOMAIN.matcher(spec.domain()).matches())) {
            findings.error("domain", Echo.quote(spec.domain()) + " is not a DNS domain; expected lower-case labels separated "
                    + "by dots, without a trailing dot, e.g. dev.platform.example.com");
        }
        List<String> names = spec.dns().sharedNames();
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals("*") && !LABEL.matcher(names.get(i)).matches()) {
                findings.error(KeyPaths.element("dns.sharedNames", i), Echo.quote(names.get(i))
                        + " is not a DNS label or '*'; use one lower-case label such as 'www' or 'api'");
            }
        }
    }
}
