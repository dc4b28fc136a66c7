package org.markaz.archfixture.a;

import org.markaz.archfixture.b.PackageB;

/** One half of a package cycle, on purpose, so ArchitectureTest can prove the rule bites. */
public final class PackageA {
    PackageB other;
}
