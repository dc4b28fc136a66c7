package org.markaz.core.demo;

import java.util.List;

/** The user names of the scale dataset's accounts, which later shares sign their rows with. */
public record ScaleUsers(List<String> usernames) {
}
