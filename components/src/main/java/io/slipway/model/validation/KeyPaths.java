package io.slipway.model.validation;

/** Builds the key paths problems are pinned to, in the form {@code slots.blue.nodePools[1].min}. */
public final class KeyPaths {
    private KeyPaths() {}

    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    public static String slot(String slot) {
        return "slots." + slot;
    }

    public static String pool(String slot, int index) {
        return element(slot(slot) + ".nodePools", index);
    }
}
