package org.acervo.recognition;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretches of a page worth running a pattern over: windows around cheap anchors (here a
 * digit-separator-digit), merged where they overlap.
 *
 * <p>This is what keeps recognition fast: most of a page is prose that cannot hold a date or a
 * number, and a regex with alternations costs tens of nanoseconds at every position it tries.
 * A window's margin is wider than the longest match its anchor can belong to, and patterns run
 * with transparent bounds, so matching inside the windows finds exactly what matching the whole
 * page would.
 */
final class Regions {

    private int[] bounds = new int[16];
    private int size;

    /** Adds the window [anchor - before, anchor + after), clipped to [0, length). */
    void add(int anchor, int before, int after, int length) {
        int start = Math.max(0, anchor - before);
        int end = Math.min(length, anchor + after);
        if (size > 0 && start <= bounds[size - 1]) {
            bounds[size - 1] = Math.max(bounds[size - 1], end); // anchors come in text order
            return;
        }
        if (size == bounds.length) {
            bounds = Arrays.copyOf(bounds, size * 2);
        }
        bounds[size++] = start;
        bounds[size++] = end;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Runs {@code pattern} over each window of {@code text}, handing every match to {@code each}. */
    void findAll(Pattern pattern, String text, Consumer<Matcher> each) {
        if (size == 0) {
            return;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < size; i += 2) {
            m.region(bounds[i], bounds[i + 1]);
            while (m.find()) {
                each.accept(m);
            }
        }
    }
}
