package io.slipway.ops;

import java.util.ArrayList;
import java.util.List;

/** One ordered log of what every fake was asked to do, so tests can check the order across them. */
public final class Journal {
    public final List<String> entries = new ArrayList<>();

    public void add(String entry) {
        entries.add(entry);
    }

    public int indexOf(String prefix) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    public long count(String prefix) {
        return entries.stream().filter(e -> e.startsWith(prefix)).count();
    }
}
