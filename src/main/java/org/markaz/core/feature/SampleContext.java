package org.markaz.core.feature;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.markaz.core.security.Actor;
import org.markaz.core.security.ProgramActor;

/**
 * What the shares of the sample centre work with: the services, today's date (the sample is dated
 * relative to the day it is loaded), the CSV files, and what earlier shares left for later ones
 * (the ids they wrote), kept by type.
 */
public final class SampleContext {

    private static final String FOLDER = "/sample-data/khujand/";
    public static final Actor SAMPLE = ProgramActor.SAMPLE_DATA.actor();

    private final Services services;
    private final LocalDate today;
    private final Map<Class<?>, Object> left = new ConcurrentHashMap<>(); // shares may run on two threads

    public SampleContext(Services services) {
        this.services = services;
        this.today = LocalDate.now(services.clock());
    }

    public Services services() {
        return services;
    }

    public LocalDate today() {
        return today;
    }

    public Actor actor() {
        return SAMPLE;
    }

    /** Leaves something for the shares that come later. */
    public <T> void put(Class<T> type, T value) {
        left.put(type, value);
    }

    /** What an earlier share left; fails when that share has not run (its feature is not listed before). */
    public <T> T get(Class<T> type) {
        Object value = left.get(type);
        if (value == null) {
            throw new IllegalStateException("No " + type.getSimpleName() + " in the sample: is the feature that writes it listed first?");
        }
        return type.cast(value);
    }

    /** A CSV file of the sample centre, shipped inside the jar. */
    public static List<CSVRecord> read(String file) {
        try (InputStream in = SampleContext.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The sample centre is missing from this build: " + file);
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A coded value of a sample file, such as a service or a relationship, by its enum name. */
    public static <E extends Enum<E>> E parse(Class<E> type, String file, CSVRecord line, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw broken(file, line, "\"" + value + "\" is not a " + type.getSimpleName());
        }
    }

    /** A sample file's line is wrong: say which, so it can be fixed. */
    public static IllegalStateException broken(String file, CSVRecord line, String problem) {
        return new IllegalStateException("Sample data " + file + " line " + (line.getRecordNumber() + 1) + ": " + problem);
    }
}
