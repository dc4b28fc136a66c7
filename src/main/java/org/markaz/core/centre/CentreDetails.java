package org.markaz.core.centre;

import org.markaz.core.centre.CentreService;

/** The centre as users type it in: checked and trimmed by {@link CentreService}. */
public record CentreDetails(String name, String code, String region, String address, String directorName) {
}
