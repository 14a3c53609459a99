package vn.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(ThiDuaApplication.class);

    @Test
    void verifiesModularStructure() {
        MODULES.verify();
    }

    @Test
    void keepsSqlOutOfThePagesTheApiAndTheCommandLine() {
        noClasses().that().resideInAnyPackage("vn.thidua.web..", "vn.thidua.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
                .because("the outside world calls modules; the modules own their tables")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.thidua"));
    }

    @Test
    void exposesOnlyRuleSetsTheirPolicyTablesValidationAndCatalogueFromTheEngine() {
        ApplicationModule eligibility = MODULES.getModuleByName("eligibility").orElseThrow();
        NamedInterface engine = eligibility.getNamedInterfaces().getByName("engine").orElseThrow();

        assertThat(engine.asJavaClasses().filter(type -> type.getPackageName().endsWith(".engine"))
                .map(type -> type.getSimpleName()).distinct().toList())
                .containsExactlyInAnyOrder("CriterionDefinition", "EvaluationLimitException", "RuleProblem", "RuleSet",
                        "ResolvedParameters", "MissingParameter", "RuleSetException", "RuleSetLoader", "RuleSetRegistry",
                        "RuleValidation", "Checked", "Report", "AwardTable", "SubjectTypeTable",
                        // Where compiled rule files are kept, chosen by the application's settings and the commands.
                        "CompiledRules", "Counts",
                        // The catalogue of a rule set, for the policy pages and the command line.
                        "RuleCatalogue", "Award", "Criterion", "Parameter", "DatedValue", "Standing", "Conferral",
                        "RuleCatalogues", "RuleCatalogueMarkdown",
                        // A stored version's texts for an old run's decision page.
                        "RuleTextCatalog",
                        // The scenario files' boundary descriptions, for the parameter change form.
                        "BoundaryCases", "Comparison", "Position", "Description", "Expected", "Case");
    }
}
