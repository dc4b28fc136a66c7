package org.markaz.archfixture.b;

import org.markaz.archfixture.a.PackageA;

/** The other half of the package cycle. */
public final class PackageB {
    PackageA other;
}
