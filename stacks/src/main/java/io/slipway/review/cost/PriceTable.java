package io.slipway.review.cost;

import io.slipway.review.ReviewInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dated price table {@code prices.csv}: one row per cloud, region and item, each with its
 * source and the day it was transcribed. Prices are USD list prices; see docs/review.md to refresh them.
 */
public final class PriceTable {
    static final String RESOURCE = "/io/slipway/review/prices.csv";

    /** One price. */
    public record Price(String cloud, String region, String item, String unit, double usd, String source, String asOf) {}

    private final Map<String, Price> prices = new HashMap<>();

    PriceTable(List<String> lines) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length < 7) {
                throw new IllegalStateException(RESOURCE + ": expected cloud,region,item,unit,usd,source,as_of in: " + line);
            }
            var price = new Price(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]),
                    String.join(",", Arrays.copyOfRange(f, 5, f.length - 1)), f[f.length - 1]);
            prices.put(key(price.cloud(), price.region(), price.item()), price);
        }
    }

    public static PriceTable shipped() {
        try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new PriceTable(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The price of an item; a clear error naming the row to add when the table has none. */
    public double usd(String cloud, String region, String item) {
        Price price = prices.get(key(cloud, region, item));
        if (price == null) {
            throw new ReviewInputException("prices.csv has no price for " + item + " on " + cloud + " in " + region
                    + "; add a row (docs/review.md, 'Refreshing the price table')");
        }
        return price.usd();
    }

    /** The oldest as-of date of the rows of a region: the estimate is no fresher than that. */
    public String asOf(String cloud, String region) {
        return prices.values().stream().filter(p -> p.cloud().equals(cloud) && p.region().equals(region)).map(Price::asOf)
                .min(String::compareTo).orElse("unknown");
    }

    private static String key(String cloud, String region, String item) {
        return cloud + "/" + region + "/" + item;
    }
}
