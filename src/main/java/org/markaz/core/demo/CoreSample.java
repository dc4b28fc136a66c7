package org.markaz.core.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.feature.Services;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Role;
import org.markaz.core.staff.StaffDetails;

/** The core's share of the sample centre: the centre (centre.csv) and its staff with their accounts (staff.csv). */
public final class CoreSample implements SampleShare {

    /** A demo password's hash, or null to hash each password (once) as the accounts are added. */
    private final Function<String, String> preparedHashes;

    public CoreSample() {
        this(null);
    }

    /** With the demo passwords' hashes computed elsewhere, e.g. on another thread while the database was made ({@link DemoPasswords}). */
    CoreSample(Function<String, String> preparedHashes) {
        this.preparedHashes = preparedHashes;
    }

    @Override
    public void load(SampleContext context) {
        Services services = context.services();
        CSVRecord centre = SampleContext.read("centre.csv").get(0);
        services.centres().create(context.actor(), new CentreDetails(centre.get("name"), centre.get("code"),
                centre.get("region"), centre.get("address"), centre.get("director_name")));
        // the demo accounts share their password, so it is hashed once: each hash takes most of a second
        Map<String, String> hashes = new HashMap<>();
        for (CSVRecord member : SampleContext.read("staff.csv")) {
            StaffDetails details = new StaffDetails(member.get("full_name"), member.get("position"), member.get("phone"),
                    Boolean.parseBoolean(member.get("active")));
            if (member.get("username").isBlank()) {
                services.staff().addStaffMember(context.actor(), details, null);
                continue;
            }
            String hash = hashes.computeIfAbsent(member.get("password"), password -> preparedHashes != null
                    ? preparedHashes.apply(password) : services.staff().hashDemoPassword(password.toCharArray()));
            services.staff().addDemoStaffMember(context.actor(), details, member.get("username"),
                    Role.valueOf(member.get("role")), Language.fromCode(member.get("language")), hash);
        }
    }
}
