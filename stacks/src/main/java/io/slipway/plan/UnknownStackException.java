package io.slipway.plan;

import java.nio.file.Path;
import java.util.List;

/** A stack name with no {@code Pulumi.<stack>.yaml} in the environments directory: a user mistake. */
public final class UnknownStackException extends RuntimeException {
    private final transient List<String> available;

    public UnknownStackException(String stack, Path directory, List<String> available) {
        super(message(stack, directory, available), null, false, false);
        this.available = List.copyOf(available);
    }

    public List<String> available() {
        return available;
    }

    private static String message(String stack, Path directory, List<String> available) {
        String file = directory.resolve("Pulumi." + stack + ".yaml").toString();
        if (available.isEmpty()) {
            return "unknown stack '" + stack + "': there is no " + file + ", and " + directory
                    + " holds no Pulumi.<stack>.yaml files";
        }
        return "unknown stack '" + stack + "': there is no " + file + "; available stacks: " + String.join(", ", available);
    }
}
