package io.slipway.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Asks the operator before a change; {@code --yes} answers for them. */
@FunctionalInterface
public interface Confirmer {
    boolean confirm(String question);

    static Confirmer alwaysYes() {
        return question -> true;
    }

    /** Reads {@code y}/{@code yes} from {@code in}; anything else, or no input at all, is a no. */
    static Confirmer console(InputStream in, PrintWriter out) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return question -> {
            out.print(question + " [y/N] ");
            out.flush();
            try {
                String answer = reader.readLine();
                return answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|yes");
            } catch (IOException e) {
                return false;
            }
        };
    }
}
