package io.slipway.ops;

import java.util.ArrayList;
import java.util.List;

/** One ordered log of what every fake was asked to do, so tests can check the order across them. */
final class Journal {
    final List<String> entries = new ArrayList<>();

    void add(String entry) {
        entries.add(entry);
    }

    int indexOf(String prefix) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    long count(String prefix) {
        return entries.stream().filter(e -> e.startsWith(prefix)).count();
    }
}
