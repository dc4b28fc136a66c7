package org.markaz.core.demo;

import java.util.HashMap;
import java.util.Map;
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
            String hash = hashes.computeIfAbsent(member.get("password"),
                    password -> services.staff().hashDemoPassword(password.toCharArray()));
            services.staff().addDemoStaffMember(context.actor(), details, member.get("username"),
                    Role.valueOf(member.get("role")), Language.fromCode(member.get("language")), hash);
        }
    }
}
