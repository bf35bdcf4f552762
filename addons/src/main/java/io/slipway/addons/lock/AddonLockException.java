package io.slipway.addons.lock;

/** The add-on lock file is malformed: a build-time defect, reported with the key path at fault. */
public final class AddonLockException extends RuntimeException {
    public AddonLockException(String path, String message) {
        super(AddonLock.RESOURCE + ": addons." + path + ": " + message);
    }
}
