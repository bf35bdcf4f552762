package io.slipway.model.validation.cloud;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.NodePoolSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.ModelRule;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Instance types are names of the environment's cloud ({@code m6i.large} on AWS, {@code e2-standard-4}
 * on GCP) listed in the instance catalog ({@code instance-types.csv}; a typo such as {@code m6i.larg}
 * would otherwise fail only when the cloud refuses the node group). A spot pool whose types differ more
 * than 2x in vCPU or memory gets a warning: the scheduler and the autoscaler assume one node shape per
 * pool, and a reclaimed big node replaced by a small one strands pods.
 */
public final class InstanceTypeRule implements ModelRule {
    static final Pattern AWS_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9-]+");
    static final Pattern GCP_TYPE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+");
    private static final double MAX_RATIO = 2.0;
    private static final int MAX_LENGTH = 64;

    private final InstanceCatalog catalog = InstanceCatalog.load();

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        if (spec.cloud() == null) {
            return;
        }
        spec.slots().forEach((slot, slotSpec) -> {
            List<NodePoolSpec> pools = slotSpec.nodePools();
            for (int i = 0; i < pools.size(); i++) {
                String path = KeyPaths.pool(slot, i) + ".instanceTypes";
                boolean allNamed = checkNames(spec.cloud(), pools.get(i).instanceTypes(), path, findings)
                        && inCatalog(pools.get(i).instanceTypes(), path, findings);
                if (allNamed && pools.get(i).isSpot() && pools.get(i).instanceTypes().size() > 1) {
                    checkSpread(pools.get(i), path, findings);
                }
            }
        });
    }

    private static boolean checkNames(Cloud cloud, List<String> types, String path, Findings findings) {
        Pattern shape = cloud == Cloud.AWS ? AWS_TYPE : GCP_TYPE;
        String example = cloud == Cloud.AWS ? "an AWS instance type such as m6i.large" : "a GCP machine type such as e2-standard-4";
        boolean allNamed = true;
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).length() > MAX_LENGTH || !shape.matcher(types.get(i)).matches()) {
                findings.error(KeyPaths.element(path, i), Echo.quote(types.get(i)) + " is not " + example);
                allNamed = false;
            }
        }
        return allNamed;
    }

    private boolean inCatalog(List<String> types, String path, Findings findings) {
        boolean all = true;
        for (int i = 0; i < types.size(); i++) {
            if (catalog.sizeOf(types.get(i)).isEmpty()) {
                findings.error(KeyPaths.element(path, i), Echo.quote(types.get(i)) + " is not in Slipway's instance catalog; "
                        + "check the spelling, or add the type with its vCPUs and memory to "
                        + "components/src/main/resources/io/slipway/model/instance-types.csv");
                all = false;
            }
        }
        return all;
    }

    private void checkSpread(NodePoolSpec pool, String path, Findings findings) {
        List<InstanceCatalog.Size> sizes = pool.instanceTypes().stream().map(type -> catalog.sizeOf(type).orElseThrow()).toList();
        double cpuRatio = ratio(sizes.stream().mapToDouble(InstanceCatalog.Size::vcpus).toArray());
        double memoryRatio = ratio(sizes.stream().mapToDouble(InstanceCatalog.Size::memoryGib).toArray());
        if (cpuRatio > MAX_RATIO || memoryRatio > MAX_RATIO) {
            findings.warn(path, "spot pool " + Echo.quote(pool.name()) + " mixes sizes "
                    + String.format(Locale.ROOT, "%.1fx", cpuRatio)
                    + " apart in vCPU and " + String.format(Locale.ROOT, "%.1fx", memoryRatio) + " in memory; keep its types "
                    + "within 2x of each other so a replacement node fits the same pods");
        }
    }

    private static double ratio(double[] values) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return max / min;
    }
}
