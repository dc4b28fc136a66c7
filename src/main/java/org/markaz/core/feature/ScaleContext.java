package org.markaz.core.feature;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;

/**
 * What the shares of the scale dataset work with: the open transaction, the seed, the ten years
 * (ending at the start of today, so the same seed gives the same rows all day), a random sequence
 * of its own for each share (so one share's changes leave the others' rows as they were), and what
 * earlier shares left for later ones, by type.
 */
public final class ScaleContext {

    public static final int YEARS = 10;

    private final Services services;
    private final DSLContext tx;
    private final long seed;
    private final LocalDate today;
    private final Map<Class<?>, Object> left = new HashMap<>();

    public ScaleContext(Services services, DSLContext tx, long seed) {
        this.services = services;
        this.tx = tx;
        this.seed = seed;
        this.today = LocalDate.now(services.clock());
    }

    public Services services() {
        return services;
    }

    public DSLContext tx() {
        return tx;
    }

    public ZoneId zone() {
        return services.zone();
    }

    public LocalDate today() {
        return today;
    }

    public LocalDate firstDay() {
        return today.minusYears(YEARS);
    }

    public Instant start() {
        return firstDay().atStartOfDay(zone()).toInstant();
    }

    /** The start of today: the generated history ends there. */
    public Instant end() {
        return today.atStartOfDay(zone()).toInstant();
    }

    /** A moment of the ten years, drawn from a share's sequence. */
    public Instant anyMoment(Random random) {
        long span = Duration.between(start(), end()).getSeconds();
        return start().plusSeconds((long) (random.nextDouble() * span));
    }

    /** A day at an hour, but no later than the end of the history: a row of today is stamped at its start. */
    public Instant at(LocalDate day, int hour) {
        Instant at = day.atTime(hour, 0).atZone(zone()).toInstant();
        return at.isAfter(end()) ? end() : at;
    }

    /** A random sequence of a share's own, from the seed and the share's name. */
    public Random random(String share) {
        return new Random(seed ^ share.hashCode() * 0x9E3779B97F4A7C15L);
    }

    public <T> void put(Class<T> type, T value) {
        left.put(type, value);
    }

    public <T> T get(Class<T> type) {
        Object value = left.get(type);
        if (value == null) {
            throw new IllegalStateException("No " + type.getSimpleName() + " in the scale dataset: is the feature that writes it listed first?");
        }
        return type.cast(value);
    }
}
