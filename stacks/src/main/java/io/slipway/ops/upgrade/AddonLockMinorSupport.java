package io.slipway.ops.upgrade;

import io.slipway.addons.lock.AddonLock;
import java.util.function.Supplier;

/**
 * The add-on lock's supported Kubernetes minors, as the upgrade commands ask for them. The lock is
 * read when first asked, not when the command line is built: {@code --help} and the commands that
 * never ask should not pay for parsing it.
 */
public final class AddonLockMinorSupport implements KubernetesMinorSupport {
    private final Supplier<AddonLock> lock;

    /** @param lock gives the lock when a command first needs it, e.g. {@code AddonLock::load} */
    public AddonLockMinorSupport(Supplier<AddonLock> lock) {
        this.lock = lock;
    }

    @Override
    public boolean supports(String minorVersion) {
        return lock.get().supportsMinor(minorVersion);
    }

    @Override
    public String describe() {
        return lock.get().supportedRange();
    }
}
