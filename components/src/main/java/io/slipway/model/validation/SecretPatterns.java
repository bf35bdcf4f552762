package io.slipway.model.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Values that look like credentials: cloud access keys, API tokens of common services, private keys,
 * JSON web tokens and URLs carrying a user's password or a token. Plain stack config is committed to
 * git and copied into tags, labels and Helm values, so a secret there leaks; Pulumi keeps secrets
 * encrypted when set with {@code pulumi config set --secret}.
 */
public final class SecretPatterns {
    /** Longer values are not matched: nothing in an environment is that long, and the length is refused elsewhere. */
    private static final int MAX_CHECKED_LENGTH = 4096;
    private record Kind(String what, Pattern pattern) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("an AWS access key id", Pattern.compile("\\b(AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}\\b")),
            new Kind("a Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b")),
            new Kind("a GitHub token", Pattern.compile("\\b(gh[pousr]_[0-9A-Za-z]{36}|github_pat_[0-9A-Za-z_]{22,})")),
            new Kind("a Slack token", Pattern.compile("\\bxox[abprs]-[0-9A-Za-z-]{10,}")),
            new Kind("a private key", Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----")),
            new Kind("a JSON web token", Pattern.compile("\\beyJ[0-9A-Za-z_-]{8,}\\.eyJ[0-9A-Za-z_-]{8,}\\.")),
            new Kind("a URL with a password", Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]{0,20}://[^/\\s:@]{1,256}:[^/\\s@]{1,256}@")),
            new Kind("a URL with a token or password parameter",
                    Pattern.compile("(?i)[?&](access_token|token|password|passwd|pwd|secret|api_?key|sig|signature)=[^&\\s]{4,}")));
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|token|api[-_]?key|private[-_]?key|credential).*");

    private SecretPatterns() {}

    /** What kind of secret {@code value} looks like, if any. */
    public static Optional<String> secretIn(String value) {
        if (value == null || value.length() > MAX_CHECKED_LENGTH) {
            return Optional.empty();
        }
        return KINDS.stream().filter(kind -> kind.pattern().matcher(value).find()).map(Kind::what).findFirst();
    }

    /** Whether a config key's name says it holds a secret ({@code dbPassword}, {@code apiToken}). */
    static boolean isSecretName(String key) {
        return key.length() <= 256 && SECRET_NAME.matcher(key.toLowerCase(Locale.ROOT)).matches();
    }

    public static String advice(String key) {
        return "secrets must not be stored in plain stack config; store it encrypted with "
                + "pulumi config set --secret " + key + " <value>, and remove it here";
    }
}
