package io.slipway.cli.dev;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.slipway.ephemeral.EphemeralEnvironments;
import io.slipway.ephemeral.FoundChild;
import io.slipway.model.NodePoolSpec;
import io.slipway.model.SlotSpec;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slipway dev list}: every ephemeral environment, with its parent, owner, expiry, version and pools. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the ephemeral environments.")
final class DevListCommand extends DevCommand.Subcommand {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--json", description = "Print JSON for scripts instead of a table.")
    boolean json;

    DevListCommand(DevFactory factory) {
        super(factory);
    }

    @Override
    int run(EphemeralEnvironments environments, PrintWriter out) {
        Instant now = environments.now();
        var found = environments.children();
        var rows = new ArrayList<Map<String, Object>>();
        for (FoundChild child : found.children()) {
            var ephemeral = child.ephemeral();
            SlotSpec slot = child.spec() == null ? null : child.spec().slots().values().iterator().next();
            var row = new LinkedHashMap<String, Object>();
            row.put("name", child.answersTo());
            row.put("stack", child.name());
            row.put("standby", ephemeral.isStandby());
            row.put("parent", ephemeral.parent());
            row.put("owner", ephemeral.owner());
            row.put("createdAt", ephemeral.createdAt());
            row.put("expiresAt", ephemeral.expiresAt());
            row.put("expired", child.ephemeral().expiredAt(now).orElse(null));
            row.put("kubernetesVersion", slot == null ? null : slot.kubernetesVersion());
            row.put("nodePools", slot == null ? List.of() : slot.nodePools().stream().map(DevListCommand::pool).toList());
            row.put("record", child.record().label());
            row.put("problem", child.problem());
            rows.add(row);
        }
        // What could not be searched goes to stderr, so the JSON on stdout stays whole, and makes the exit code 1.
        found.problems().forEach(problem -> spec.commandLine().getErr().println("NOT SEARCHED: " + problem));
        int code = found.problems().isEmpty() ? 0 : FAILED;
        if (json) {
            try {
                out.println(JSON.writeValueAsString(rows));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("plain maps always serialise", e);
            }
            return code;
        }
        if (rows.isEmpty()) {
            out.println("No ephemeral environments. Create one with: slipway dev up NAME --from PARENT");
            return code;
        }
        String format = "%-20s %-10s %-28s %-20s %-29s %-7s %s%n";
        out.printf(format, "NAME", "PARENT", "OWNER", "CREATED", "EXPIRES", "K8S", "NODE POOLS");
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            Object expired = row.get("expired");
            String expires = row.get("expiresAt") + (expired == null ? " (unreadable)" : Boolean.TRUE.equals(expired) ? " expired" : "");
            Object version = row.get("kubernetesVersion");
            out.printf(format, row.get("name"), row.get("parent"), row.get("owner"), row.get("createdAt"), expires,
                    version == null ? "-" : version,
                    String.join(", ", ((List<?>) row.get("nodePools")).stream().map(String::valueOf).toList()));
            FoundChild child = found.children().get(i);
            var notes = new ArrayList<String>();
            if (child.ephemeral().isStandby()) {
                notes.add("standby: waiting for dev up to claim it");
            }
            if (!child.answersTo().equals(child.name())) {
                notes.add("claimed standby: stack " + child.name());
            }
            if (!child.note().isEmpty()) {
                notes.add(child.note());
            }
            String note = String.join("; ", notes);
            if (!note.isEmpty()) {
                out.println("  ^ " + note);
            }
        }
        return code;
    }

    /** {@code workers: spot 0-3 t3.large,m5.large}. */
    private static String pool(NodePoolSpec pool) {
        return pool.name() + ": " + (pool.isSpot() ? "spot" : "on-demand") + " " + pool.min() + "-" + pool.max() + " "
                + pool.instanceTypes().stream().collect(Collectors.joining(","));
    }
}
