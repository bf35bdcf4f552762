package io.slipway.addons.namespaces;

import java.util.List;

/**
 * One allowance of a platform namespace's network policy: traffic of its pods to (egress) or from
 * (ingress) some peers on some ports. It becomes one NetworkPolicy named {@code allow-<name>}, so
 * {@code kubectl get networkpolicies} reads as the list of what the namespace may do.
 *
 * @param name      what the allowance is for ({@code dns}, {@code api-server}); lower-case and '-'. Required.
 * @param direction {@link Direction#INGRESS} or {@link Direction#EGRESS}. Required.
 * @param peers     who is on the other side; at least one. Required.
 * @param ports     the ports on the namespace's pods (ingress) or the peers (egress). @default [] (every port)
 */
public record TrafficRule(String name, Direction direction, List<Peer> peers, List<Port> ports) {
    public enum Direction { INGRESS, EGRESS }

    public TrafficRule {
        if (name == null || !name.matches("[a-z][a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("traffic rule name '" + name + "' must be lower-case letters, digits and '-'");
        }
        if (direction == null || peers == null || peers.isEmpty()) {
            throw new IllegalArgumentException("traffic rule " + name + " needs a direction and at least one peer");
        }
        peers = List.copyOf(peers);
        ports = ports == null ? List.of() : List.copyOf(ports);
    }

    /**
     * The other side of an allowance: exactly one of an IP range, or pods by namespace name (every
     * namespace when {@code namespace} is null) and pod labels (every pod when empty).
     *
     * @param cidr      an IPv4 range outside the pod network (nodes, the control plane, the internet)
     * @param namespace a namespace's name, matched by its {@code kubernetes.io/metadata.name} label
     * @param podLabels labels the peer pods carry
     */
    public record Peer(String cidr, String namespace, java.util.Map<String, String> podLabels) {
        public Peer {
            podLabels = podLabels == null ? java.util.Map.of() : java.util.Map.copyOf(podLabels);
        }

        public static Peer cidr(String cidr) {
            return new Peer(cidr, null, null);
        }

        public static Peer namespace(String namespace) {
            return new Peer(null, namespace, null);
        }

        public static Peer pods(String namespace, java.util.Map<String, String> labels) {
            return new Peer(null, namespace, labels);
        }

        /** Every pod of every namespace in the cluster. */
        public static Peer anyPod() {
            return new Peer(null, null, null);
        }
    }

    /** @param protocol {@code TCP} or {@code UDP} @param number the port number */
    public record Port(String protocol, int number) {
        public static Port tcp(int number) {
            return new Port("TCP", number);
        }

        public static Port udp(int number) {
            return new Port("UDP", number);
        }
    }
}
