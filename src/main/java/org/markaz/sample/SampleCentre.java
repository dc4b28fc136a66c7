package org.markaz.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.markaz.core.Services;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Role;
import org.markaz.settings.CentreDetails;
import org.markaz.settings.NewAccount;
import org.markaz.settings.StaffDetails;

/**
 * Loads the fictional demo centre from the CSV files of {@code sample-data/khujand} (shipped
 * inside the jar) through the same services as the screens, so it obeys every rule and is audited.
 */
public final class SampleCentre {

    private static final String FOLDER = "/sample-data/khujand/";
    private static final Actor SAMPLE = Actor.system("sample data");

    private SampleCentre() {
    }

    public static void load(Services services) {
        services.setup().fillNewCentre(tx -> {
            CSVRecord centre = read("centre.csv").get(0);
            services.centres().create(tx, SAMPLE, new CentreDetails(centre.get("name"), centre.get("code"),
                    centre.get("region"), centre.get("address"), centre.get("director_name")));
            for (CSVRecord member : read("staff.csv")) {
                addStaffMember(services, tx, member);
            }
        });
    }

    private static void addStaffMember(Services services, DSLContext tx, CSVRecord member) {
        StaffDetails details = new StaffDetails(member.get("full_name"), member.get("position"), member.get("phone"),
                Boolean.parseBoolean(member.get("active")));
        NewAccount account = member.get("username").isBlank() ? null : new NewAccount(member.get("username"),
                Role.valueOf(member.get("role")), Language.fromCode(member.get("language")),
                member.get("password").toCharArray());
        services.staff().addStaffMember(tx, SAMPLE, details, account);
    }

    private static List<CSVRecord> read(String file) {
        try (InputStream in = SampleCentre.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The sample centre is missing from this build: " + file);
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
