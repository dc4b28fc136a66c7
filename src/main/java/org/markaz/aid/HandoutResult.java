package org.markaz.aid;

import java.util.List;

/** What recording a hand-out did: saved it, or (writing nothing) found items past their monthly limit for the family. */
public interface HandoutResult {

    record Saved(long handoutId) implements HandoutResult {
    }

    /** A director may confirm the hand-out anyway. */
    record OverMonthlyLimit(List<LimitPassed> items) implements HandoutResult {
    }

    /** An item the family would have more of this month than its limit. */
    record LimitPassed(long itemId, int limit, int alreadyThisMonth, int asked) {
    }
}
