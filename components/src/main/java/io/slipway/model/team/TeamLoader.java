package io.slipway.model.team;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.slipway.model.loading.Problem;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.StructuralCheck;
import io.slipway.model.validation.team.TeamRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the team files of a project, {@code teams/<team>.yaml}, and validates all of them before
 * anything is built: each file's structure against {@link TeamSpec} (unknown keys with a "did you
 * mean", wrong types, missing keys), its semantics ({@link TeamRule}), then the rules across files:
 * a namespace belongs to one team, and an AWS role owns one team (EKS has one access entry per role
 * and cluster). Every problem of every file is reported together in one {@link InvalidTeamsException}.
 */
public final class TeamLoader {
    public static final String EXTENSION = ".yaml";

    private static final ObjectMapper YAML = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final TeamRule rule;

    /**
     * @param environments       the environment (stack) names a team may be placed in
     * @param platformNamespaces the namespaces the platform uses itself, never a team's
     */
    public TeamLoader(Set<String> environments, Set<String> platformNamespaces) {
        this.rule = new TeamRule(environments, platformNamespaces);
    }

    /** Loads every {@code *.yaml} of the directory; a missing directory holds no teams. */
    public TeamCatalog loadDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return TeamCatalog.empty();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, TeamSpec> teams = new LinkedHashMap<>();
        for (Path file : files) {
            String source = displayed(file);
            String fileName = file.getFileName().toString();
            if (!fileName.endsWith(EXTENSION)) {
                if (fileName.endsWith(".yml") || fileName.endsWith(".json")) {
                    problems.add(new Problem(source, "", "team files are named <team>" + EXTENSION + "; rename it"));
                }
                continue;
            }
            String stem = fileName.substring(0, fileName.length() - EXTENSION.length());
            try {
                teams.put(source, load(source, stem, Files.readString(file)));
            } catch (InvalidTeamsException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new Problem(source, "", "cannot read the file: " + e.getMessage()));
            }
        }
        problems.addAll(acrossTeams(teams));
        if (!problems.isEmpty()) {
            throw new InvalidTeamsException(problems);
        }
        return new TeamCatalog(List.copyOf(teams.values()));
    }

    /** Validates and binds one team file's text; {@code stem} is the file name without {@code .yaml}. */
    public TeamSpec load(String source, String stem, String yaml) {
        Findings findings = new Findings(source);
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new InvalidTeamsException(List.of(new Problem(source, "", "not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + where)));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidTeamsException(List.of(new Problem(source, "", "expected a team object (name, owners, contact, "
                    + "costCenter, environments, namespaces)")));
        }
        StructuralCheck structure = new StructuralCheck(findings);
        ObjectNode rest = ((ObjectNode) root).deepCopy();
        JsonNode placement = rest.remove("environments");
        JsonNode checked = structure.check(rest, TeamSpec.class, "");
        JsonNode checkedPlacement = checkPlacement(placement, structure, findings);
        // A tier object whose tier was refused is left out, like any other bad value.
        if (checked instanceof ObjectNode object && checkedPlacement != null && (checkedPlacement.isArray() || checkedPlacement.has("tier"))) {
            object.set("environments", checkedPlacement);
        }
        findings.ignoreConsequencesOf(structure.incompletePaths());
        TeamSpec team = bind(checked, source);
        rule.check(team, stem, findings);
        if (findings.hasErrors()) {
            throw new InvalidTeamsException(findings.errors());
        }
        return team;
    }

    /** {@code environments} has two shapes, a list of names or {tier: ...}; each is checked structurally. */
    private static JsonNode checkPlacement(JsonNode placement, StructuralCheck structure, Findings findings) {
        if (placement == null || placement.isNull()) {
            findings.error("environments", "missing required key 'environments': expected a list of environment names, "
                    + "e.g. [dev, staging], or {tier: dev|staging|prod}");
            return null;
        }
        if (placement.isArray()) {
            return structure.check(placement, TeamPlacement.class.getRecordComponents()[0].getGenericType(), "environments");
        }
        if (placement.isObject()) {
            return structure.check(placement, TeamPlacement.ByTier.class, "environments");
        }
        findings.error("environments", "expected a list of environment names, e.g. [dev, staging], or {tier: dev|staging|prod}; "
                + "got '" + placement.asText() + "'" + (placement.isTextual() ? "; write [" + placement.asText() + "]" : ""));
        return null;
    }

    /** Binds the checked tree; it holds only known keys of the right types, so this does not fail on user input. */
    private static TeamSpec bind(JsonNode checked, String source) {
        try {
            return JSON.treeToValue(checked, TeamSpec.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidTeamsException(List.of(new Problem(source, "", "cannot bind the team: "
                    + e.getMessage().lines().findFirst().orElse(""))));
        }
    }

    /** A namespace belongs to one team; an AWS role owns one team. */
    private static List<Problem> acrossTeams(Map<String, TeamSpec> teamsBySource) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> namespaceOwners = new HashMap<>();
        Map<String, String> roleOwners = new HashMap<>();
        teamsBySource.forEach((source, team) -> {
            for (int i = 0; i < team.namespaces().size(); i++) {
                String namespace = team.namespaces().get(i).name();
                String other = namespaceOwners.putIfAbsent(namespace, source);
                if (other != null) {
                    problems.add(new Problem(source, KeyPaths.child(KeyPaths.element("namespaces", i), "name"),
                            "the namespace '" + namespace + "' is already claimed in " + other + "; a namespace belongs to one team"));
                }
            }
            for (int i = 0; i < team.owners().aws().size(); i++) {
                String role = team.owners().aws().get(i);
                String other = roleOwners.putIfAbsent(role, source);
                if (other != null) {
                    problems.add(new Problem(source, KeyPaths.element("owners.aws", i), "the role '" + role
                            + "' already owns the team in " + other + "; an EKS cluster holds one access entry per role, "
                            + "so give each team its own role"));
                }
            }
        });
        return problems;
    }

    /** Relative to the working directory when the file lies below it, so messages say {@code teams/payments.yaml}. */
    private static String displayed(Path file) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute).toString();
    }
}
