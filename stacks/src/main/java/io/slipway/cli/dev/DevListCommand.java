package io.slipway.cli.dev;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.slipway.ephemeral.EphemeralEnvironments;
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
        var rows = new ArrayList<Map<String, Object>>();
        for (var child : environments.children()) {
            var ephemeral = child.spec().ephemeral();
            SlotSpec slot = child.spec().slots().values().iterator().next();
            var row = new LinkedHashMap<String, Object>();
            row.put("name", child.name());
            row.put("parent", ephemeral.parent());
            row.put("owner", ephemeral.owner());
            row.put("createdAt", ephemeral.createdAt());
            row.put("expiresAt", ephemeral.expiresAt());
            row.put("expired", ephemeral.expiredAt(now));
            row.put("kubernetesVersion", slot.kubernetesVersion());
            row.put("nodePools", slot.nodePools().stream().map(DevListCommand::pool).toList());
            rows.add(row);
        }
        if (json) {
            try {
                out.println(JSON.writeValueAsString(rows));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("plain maps always serialise", e);
            }
            return 0;
        }
        if (rows.isEmpty()) {
            out.println("No ephemeral environments. Create one with: slipway dev up NAME --from PARENT");
            return 0;
        }
        String format = "%-20s %-10s %-28s %-20s %-29s %-7s %s%n";
        out.printf(format, "NAME", "PARENT", "OWNER", "CREATED", "EXPIRES", "K8S", "NODE POOLS");
        for (var row : rows) {
            String expires = row.get("expiresAt") + (Boolean.TRUE.equals(row.get("expired")) ? " expired" : "");
            out.printf(format, row.get("name"), row.get("parent"), row.get("owner"), row.get("createdAt"), expires,
                    row.get("kubernetesVersion"), String.join(", ", ((List<?>) row.get("nodePools")).stream().map(String::valueOf).toList()));
        }
        return 0;
    }

    /** {@code workers: spot 0-3 t3.large,m5.large}. */
    private static String pool(NodePoolSpec pool) {
        return pool.name() + ": " + (pool.isSpot() ? "spot" : "on-demand") + " " + pool.min() + "-" + pool.max() + " "
                + pool.instanceTypes().stream().collect(Collectors.joining(","));
    }
}
