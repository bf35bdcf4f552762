package io.slipway.model.validation.team;

import io.slipway.model.team.ContainerDefaultsSpec;
import io.slipway.model.team.Quantity;
import io.slipway.model.team.TeamQuotaSpec;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;

/** The checks of quota and container-default values, shared by team files and an environment's {@code teams} block. */
public final class TeamQuotaChecks {
    private TeamQuotaChecks() {}

    static void checkQuota(TeamQuotaSpec quota, String path, Findings findings) {
        boolean cpu = quantity(quota.cpu(), "cpu", KeyPaths.child(path, "cpu"), findings);
        boolean memory = quantity(quota.memory(), "memory", KeyPaths.child(path, "memory"), findings);
        boolean cpuLimit = quantity(quota.cpuLimit(), "cpu", KeyPaths.child(path, "cpuLimit"), findings);
        boolean memoryLimit = quantity(quota.memoryLimit(), "memory", KeyPaths.child(path, "memoryLimit"), findings);
        quantity(quota.storage(), "storage", KeyPaths.child(path, "storage"), findings);
        if (cpu && cpuLimit) {
            notAbove(quota.cpu(), quota.cpuLimit(), path, "cpu", "cpuLimit", findings);
        }
        if (memory && memoryLimit) {
            notAbove(quota.memory(), quota.memoryLimit(), path, "memory", "memoryLimit", findings);
        }
    }

    static void checkContainerDefaults(ContainerDefaultsSpec defaults, String path, Findings findings) {
        boolean cpu = quantity(defaults.cpuRequest(), "cpu", KeyPaths.child(path, "cpuRequest"), findings);
        boolean memory = quantity(defaults.memoryRequest(), "memory", KeyPaths.child(path, "memoryRequest"), findings);
        boolean cpuLimit = quantity(defaults.cpuLimit(), "cpu", KeyPaths.child(path, "cpuLimit"), findings);
        boolean memoryLimit = quantity(defaults.memoryLimit(), "memory", KeyPaths.child(path, "memoryLimit"), findings);
        if (cpu && cpuLimit) {
            notAbove(defaults.cpuRequest(), defaults.cpuLimit(), path, "cpuRequest", "cpuLimit", findings);
        }
        if (memory && memoryLimit) {
            notAbove(defaults.memoryRequest(), defaults.memoryLimit(), path, "memoryRequest", "memoryLimit", findings);
        }
    }

    /** True when the value is set and valid, so it can be compared. */
    private static boolean quantity(String value, String resource, String path, Findings findings) {
        if (value == null) {
            return false;
        }
        String problem = Quantity.problem(value, resource);
        if (problem != null) {
            findings.error(path, problem);
        }
        return problem == null;
    }

    private static void notAbove(String request, String limit, String path, String requestKey, String limitKey, Findings findings) {
        if (Quantity.compare(request, limit) > 0) {
            findings.error(KeyPaths.child(path, limitKey), limitKey + " " + limit + " is below " + requestKey + " " + request
                    + "; Kubernetes refuses a limit below its request");
        }
    }
}
