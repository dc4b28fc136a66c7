package org.markaz.core.archfixture;

import org.markaz.register.RegisterService;

/** Breaks "core uses no feature" on purpose, so ArchitectureTest can prove the rule bites. */
public final class CoreUsingAFeature {
    RegisterService register;
}
