package io.slipway.ops.upgrade;

import io.slipway.addons.lock.AddonLock;

/** The add-on lock's supported Kubernetes minors, as the upgrade commands ask for them. */
public final class AddonLockMinorSupport implements KubernetesMinorSupport {
    private final AddonLock lock;

    public AddonLockMinorSupport(AddonLock lock) {
        this.lock = lock;
    }

    @Override
    public boolean supports(String minorVersion) {
        return lock.supportsMinor(minorVersion);
    }

    @Override
    public String describe() {
        return lock.supportedRange();
    }
}
