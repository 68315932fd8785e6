package vn.thidua.demo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Splits a whole total over weighted cells so that the parts are whole and add up to the total exactly. */
final class Shares {

    private Shares() {
    }

    /** Largest-remainder apportionment; zero weights get zero. */
    static long[] split(long total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        long[] parts = new long[weights.length];
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = sum == 0 ? 0 : total * weights[i] / sum;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        Integer[] order = IntStream.range(0, weights.length).boxed()
                .filter(i -> weights[i] > 0).toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; given < total; k = (k + 1) % order.length) {
            parts[order[k]]++;
            given++;
        }
        return parts;
    }
}
