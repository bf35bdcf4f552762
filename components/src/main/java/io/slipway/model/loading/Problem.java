package io.slipway.model.loading;

import io.slipway.model.validation.Echo;

/**
 * One thing wrong with (or worth warning about in) an environment file, pinned to its key path.
 *
 * @param source  the file the environment came from ({@code environments/Pulumi.dev.yaml})
 * @param path    the key path inside {@code slipway:environment} ({@code slots.blue.nodePools[0].min})
 * @param message what is wrong and what would be valid
 */
public record Problem(String source, String path, String message) {
    /** Key paths and messages echo what a file holds: control characters and line breaks are escaped, so one problem is one line. */
    public Problem {
        source = Echo.escape(source);
        path = Echo.escape(path);
        message = Echo.escape(message);
    }

    public String render() {
        return source + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
