package org.markaz;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every feature's scale test ({@code *ScaleTest}), run together in one test JVM: they all read the
 * ten-year dataset of {@code testsupport.ScaleDataset}, which each JVM generates once, and
 * generating it takes most of a minute. Surefire runs them only through this suite (pom.xml);
 * {@code -Dtest=AidScaleTest} still runs one alone.
 */
@Suite
@SelectPackages("org.markaz")
@IncludeClassNamePatterns(".*ScaleTest")
class ScaleDatasetSuiteTest {
}
