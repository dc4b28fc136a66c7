package org.markaz;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/design.md §3: views bind, ViewModels hold state, services hold rules, repositories hold SQL. */
class ArchitectureTest {

    private static JavaClasses markaz;

    /** Dialog services are the UI's own way to ask the user; they live in core.ui and are JavaFX by design. */
    private static final String[] UI_SERVICES = {"DialogService", "FxDialogService"};

    static final ArchRule VIEWS_BIND_ONLY = noClasses()
            .that().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat(resideInAnyPackage("org.jooq..", "org.markaz.db..", "java.sql..", "javax.sql..")
                    .or(simpleNameEndingWith("Repository"))
                    .or(simpleNameEndingWith("Service").and(not(resideInAnyPackage("org.markaz.core.ui.."))))
                    .or(simpleName("Services"))
                    .or(simpleName("Database")))
            .because("a View binds its FXML to its ViewModel; data and rules are reached through the ViewModel")
            .allowEmptyShould(false);

    static final ArchRule VIEW_MODELS_KNOW_NO_SCENES_NOR_SQL = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat(resideInAnyPackage("javafx.scene..", "org.jooq..", "org.markaz.db..",
                    "java.sql..", "javax.sql..").or(simpleNameEndingWith("Repository")))
            .because("ViewModels hold properties and commands; scenes belong to Views and SQL to repositories")
            .allowEmptyShould(false);

    static final ArchRule SERVICES_KNOW_NO_JAVAFX = noClasses()
            .that().haveSimpleNameEndingWith("Service")
            .and().doNotHaveSimpleName(UI_SERVICES[0])
            .and().doNotHaveSimpleName(UI_SERVICES[1])
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("services are shared by the window and the command line")
            .allowEmptyShould(false);

    /** The generated table classes (org.markaz.db.tables.Xxx, Tables, Keys, ...): SQL lives in repositories. */
    static final ArchRule ONLY_REPOSITORIES_QUERY_GENERATED_TABLES = noClasses()
            .that(not(simpleNameEndingWith("Repository"))
                    .and(not(resideInAnyPackage("org.markaz.db..", "org.markaz.core.db.."))))
            .should().dependOnClassesThat().resideInAnyPackage("org.markaz.db", "org.markaz.db.tables")
            .because("XxxRepository is the only code that touches generated jOOQ tables (docs/design.md §3)");

    /** Generated records may travel from a repository to the service that owns the transaction, no further. */
    static final ArchRule GENERATED_RECORDS_STAY_IN_REPOSITORIES_AND_SERVICES = noClasses()
            .that(not(simpleNameEndingWith("Repository"))
                    .and(not(simpleNameEndingWith("Service")))
                    .and(not(resideInAnyPackage("org.markaz.db..", "org.markaz.core.db.."))))
            .should().dependOnClassesThat().resideInAnyPackage("org.markaz.db.tables.records..")
            .because("screens, ViewModels and the command line work with plain domain records");

    /** The brief as written in docs/design.md §3: nothing but repositories touches anything under org.markaz.db.tables. */
    static final ArchRule ONLY_REPOSITORIES_TOUCH_ANY_GENERATED_CLASS = noClasses()
            .that(not(simpleNameEndingWith("Repository"))
                    .and(not(resideInAnyPackage("org.markaz.db..", "org.markaz.core.db.."))))
            .should().dependOnClassesThat().resideInAnyPackage("org.markaz.db.tables..")
            .because("XxxRepository is the only code that touches generated jOOQ tables (docs/design.md §3)");

    /** docs/design.md §3: the core is the ground every feature stands on, and uses none of them. */
    static final ArchRule CORE_USES_NO_FEATURE = noClasses()
            .that().resideInAPackage("org.markaz.core..")
            .should().dependOnClassesThat(resideInAPackage("org.markaz..")
                    .and(not(resideInAnyPackage("org.markaz.core..", "org.markaz.db.."))))
            .because("a feature is a folder plus one line in the app's list; core never needs to know it")
            .allowEmptyShould(false);

    /** No two packages use each other, however indirectly; jOOQ's generated classes are left out (they refer to each other). */
    static final SliceRule NO_PACKAGE_CYCLES = slices().matching("org.markaz.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("org.markaz.db.."), DescribedPredicate.alwaysTrue())
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("org.markaz.db.."));

    @BeforeAll
    static void importMarkaz() {
        markaz = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.markaz");
    }

    @Test
    void theImportSeesViewsViewModelsServicesRepositoriesAndGeneratedTables() {
        assertTrue(markaz.contain("org.markaz.signin.SignInView"));
        assertTrue(markaz.contain("org.markaz.signin.SignInViewModel"));
        assertTrue(markaz.contain("org.markaz.core.staff.StaffService"));
        assertTrue(markaz.contain("org.markaz.core.staff.StaffRepository"));
        assertTrue(markaz.contain("org.markaz.db.Tables"), "jOOQ classes are generated and compiled");
        assertFalse(markaz.contain(ArchitectureTest.class), "tests are left out");
    }

    @Test
    void viewsUseNoJooqDatabaseRepositoriesOrServices() {
        VIEWS_BIND_ONLY.check(markaz);
    }

    @Test
    void viewModelsUseNoScenesJooqOrRepositories() {
        VIEW_MODELS_KNOW_NO_SCENES_NOR_SQL.check(markaz);
    }

    @Test
    void servicesUseNoJavaFx() {
        SERVICES_KNOW_NO_JAVAFX.check(markaz);
    }

    @Test
    void onlyRepositoriesUseTheGeneratedTables() {
        ONLY_REPOSITORIES_QUERY_GENERATED_TABLES.check(markaz);
    }

    @Test
    void generatedRecordsGoNoFurtherThanServices() {
        GENERATED_RECORDS_STAY_IN_REPOSITORIES_AND_SERVICES.check(markaz);
    }

    @Test
    void onlyRepositoriesTouchAnyGeneratedClass() {
        ONLY_REPOSITORIES_TOUCH_ANY_GENERATED_CLASS.check(markaz);
    }

    @Test
    void coreUsesNoFeature() {
        CORE_USES_NO_FEATURE.check(markaz);
    }

    @Test
    void packagesHaveNoCycles() {
        NO_PACKAGE_CYCLES.check(markaz);
    }

    @Test
    void aCoreClassUsingAFeatureAndTwoPackagesUsingEachOtherAreRefused() {
        JavaClasses bad = new ClassFileImporter().importClasses(org.markaz.core.archfixture.CoreUsingAFeature.class,
                org.markaz.register.RegisterService.class, org.markaz.archfixture.a.PackageA.class,
                org.markaz.archfixture.b.PackageB.class);
        assertThrows(AssertionError.class, () -> CORE_USES_NO_FEATURE.check(bad));
        assertThrows(AssertionError.class, () -> NO_PACKAGE_CYCLES.check(bad));
    }

    /** The rules must bite: a View or ViewModel with a jOOQ query in it is refused. */
    @Test
    void aJooqQueryInAViewOrViewModelIsRefused() {
        JavaClasses bad = new ClassFileImporter().importClasses(QueryingView.class, QueryingViewModel.class,
                SceneService.class);
        assertThrows(AssertionError.class, () -> VIEWS_BIND_ONLY.check(bad));
        assertThrows(AssertionError.class, () -> VIEW_MODELS_KNOW_NO_SCENES_NOR_SQL.check(bad));
        assertThrows(AssertionError.class, () -> SERVICES_KNOW_NO_JAVAFX.check(bad));
        assertThrows(AssertionError.class, () -> ONLY_REPOSITORIES_QUERY_GENERATED_TABLES.check(bad));
    }

    static final class QueryingView {
        int staffCount(DSLContext dsl) {
            return dsl.fetchCount(org.markaz.db.Tables.STAFF);
        }
    }

    static final class QueryingViewModel {
        javafx.scene.control.Label label;
        int staffCount(DSLContext dsl) {
            return dsl.fetchCount(org.markaz.db.Tables.STAFF);
        }
    }

    static final class SceneService {
        javafx.scene.Node node;
    }
}
