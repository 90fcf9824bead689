package dev.s3grant.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The keystroke measure's account of its slowest 5 % of keys in each run: what else happened between the key and
 * its painted frame (a collection pause, the previous key's output still computed or applied, the key's own whole
 * output before the frame), counted against the same circumstances over all keys.
 *
 * <p>Rows of the samples: 0 shown, 1 laid out, 2 FX CPU until laid out, 3 painted, 4 render CPU, 5 bytes
 * allocated, 6 FX CPU key to key, 7 worker CPU key to key, 8 previous output still computing at the key (1/0),
 * 9 an earlier design's output applied after the key (ns after it, -1 none), 10 the key's own output applied
 * before the frame (ns, -1 none), 11 collection pause overlapping the key (ns).
 */
final class SlowKeys {

    static final String[] CAUSES = {"collectionPause", "previousOutputApplied", "ownOutputBeforeFrame",
        "previousOutputStillComputing", "noneOfThese"};

    private SlowKeys() {
    }

    /** The indexes of the slowest 5 % of each run (by painted), slowest first per run. */
    static List<Integer> slowest(long[][] samples, int measured, int runs) {
        List<Integer> keys = new ArrayList<>();
        int tail = Math.max(1, measured / 20);
        for (int run = 0; run < runs; run++) {
            int from = run * measured;
            IntStream.range(from, from + measured).boxed()
                    .sorted(Comparator.comparingLong((Integer i) -> samples[3][i]).reversed())
                    .limit(tail).forEach(keys::add);
        }
        return keys;
    }

    /** The circumstances of key {@code i} (a key may have several; none: {@code noneOfThese}). */
    static List<String> causes(long[][] samples, int i) {
        List<String> causes = new ArrayList<>();
        if (samples[11][i] >= 1_000_000L) {
            causes.add(CAUSES[0]);
        }
        if (samples[9][i] >= 0) {
            causes.add(CAUSES[1]);
        }
        if (samples[10][i] >= 0) {
            causes.add(CAUSES[2]);
        }
        if (samples[8][i] == 1) {
            causes.add(CAUSES[3]);
        }
        if (causes.isEmpty()) {
            causes.add(CAUSES[4]);
        }
        return causes;
    }

    private static Map<String, Integer> count(long[][] samples, List<Integer> keys) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String cause : CAUSES) {
            counts.put(cause, 0);
        }
        keys.forEach(i -> causes(samples, i).forEach(c -> counts.merge(c, 1, Integer::sum)));
        return counts;
    }

    static String json(long[][] samples, int measured, int runs) {
        List<Integer> slow = slowest(samples, measured, runs);
        List<Integer> all = IntStream.range(0, measured * runs).boxed().toList();
        StringBuilder out = new StringBuilder("{\n    \"keys\": " + slow.size() + ",\n    \"causes\": " + counts(count(samples, slow))
                + ",\n    \"causesOverAllKeys\": " + counts(count(samples, all)) + ",\n    \"slowest\": [");
        for (int n = 0; n < slow.size(); n++) {
            out.append(n == 0 ? "\n" : ",\n").append("      ").append(row(samples, slow.get(n)));
        }
        return out.append("\n    ]\n  }").toString();
    }

    static String describe(long[][] samples, int measured, int runs) {
        StringBuilder out = new StringBuilder("slowest 5 % of keys: " + counts(count(samples, slowest(samples, measured, runs)))
                + "; over all keys: " + counts(count(samples, IntStream.range(0, measured * runs).boxed().toList())));
        slowest(samples, measured, runs).forEach(i -> out.append("\n  ").append(row(samples, i)));
        return out.toString();
    }

    private static String counts(Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder("{");
        counts.forEach((k, v) -> out.append(out.length() == 1 ? "" : ", ").append('"').append(k).append("\": ").append(v));
        return out.append('}').toString();
    }

    private static String row(long[][] s, int i) {
        return String.format(Locale.ROOT,
                "{\"key\": %d, \"paintedMs\": %.2f, \"shownMs\": %.2f, \"laidOutMs\": %.2f, \"fxCpuUntilLaidOutMs\": %.2f, "
                        + "\"renderCpuMs\": %.2f, \"allocatedKb\": %d, \"pauseMs\": %.2f, \"earlierOutputAtMs\": %.2f, "
                        + "\"ownOutputAtMs\": %.2f, \"causes\": \"%s\"}",
                i, s[3][i] / 1e6, s[0][i] / 1e6, s[1][i] / 1e6, s[2][i] / 1e6, s[4][i] / 1e6, s[5][i] / 1024,
                s[11][i] / 1e6, s[9][i] / 1e6, s[10][i] / 1e6, String.join(" ", causes(s, i)));
    }
}
