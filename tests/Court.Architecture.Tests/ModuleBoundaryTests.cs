namespace Court.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    private const string Kernel = ModuleRules.Kernel;
    private const string Host = "court-services/Court.Host/Court.Host.csproj";
    private const string Enforcement = "enforcement/Court.Enforcement/Court.Enforcement.csproj";
    private const string Bankruptcy = "bankruptcy/Court.Bankruptcy/Court.Bankruptcy.csproj";
    private const string EDossier = "e-dossier/Court.EDossier/Court.EDossier.csproj";
    private const string Helper = "shared/Court.Helpers/Court.Helpers.csproj";

    [Fact]
    public void No_module_in_this_repository_depends_on_another_module_or_on_anything_but_the_kernel()
    {
        var graph = ProjectGraph.Read(ProjectGraph.FindRepositoryRoot());

        var violations = ModuleRules.Check(graph);

        violations.ShouldBeEmpty(
            "Modules talk to each other through the kernel's contracts, never through each other's projects:\n"
            + string.Join("\n", violations));
    }

    [Fact]
    public void The_repository_scan_finds_the_kernel_the_host_and_a_project_in_every_module_folder()
    {
        var graph = ProjectGraph.Read(ProjectGraph.FindRepositoryRoot());

        graph.Projects.ShouldContain(Kernel);
        graph.Projects.ShouldContain(Host);
        foreach (var module in ModuleRules.ModuleFolders)
            graph.Projects.ShouldContain(p => ModuleRules.ModuleOf(p, ModuleRules.ModuleFolders) == module, $"no project found under {module}/");
        graph.DirectReferencesOf(Host).ShouldContain(Enforcement);
    }

    [Fact]
    public void A_module_referencing_another_module_directly_is_reported_with_both_names()
    {
        var graph = ProjectGraph.Of((Enforcement, [Kernel, Bankruptcy]), (Bankruptcy, [Kernel]));

        var violation = ModuleRules.Check(graph).ShouldHaveSingleItem();

        violation.Project.ShouldBe(Enforcement);
        violation.Forbidden.ShouldBe(Bankruptcy);
        violation.IsDirect.ShouldBeTrue();
        violation.ToString().ShouldContain("Court.Enforcement");
        violation.ToString().ShouldContain("Court.Bankruptcy");
    }

    [Fact]
    public void A_module_reaching_another_module_through_a_helper_project_is_reported_with_the_whole_chain()
    {
        var graph = ProjectGraph.Of((Enforcement, [Kernel, Helper]), (Helper, [Bankruptcy]), (Bankruptcy, [Kernel]));

        var violations = ModuleRules.Check(graph);

        var indirect = violations.Where(v => v.Forbidden == Bankruptcy).ShouldHaveSingleItem();
        indirect.Project.ShouldBe(Enforcement);
        indirect.Chain.ShouldBe([Enforcement, Helper, Bankruptcy]);
        indirect.ToString().ShouldContain("Court.Enforcement");
        indirect.ToString().ShouldContain("Court.Bankruptcy");
        indirect.ToString().ShouldContain("Court.Helpers");
        violations.ShouldContain(v => v.Project == Enforcement && v.Forbidden == Helper, "the helper itself is not the kernel either");
    }

    [Fact]
    public void A_module_reaching_another_module_through_the_kernel_is_reported_for_both()
    {
        var graph = ProjectGraph.Of((EDossier, [Kernel]), (Kernel, [Bankruptcy]));

        var violations = ModuleRules.Check(graph);

        violations.ShouldContain(v => v.Project == EDossier && v.Forbidden == Bankruptcy);
        violations.ShouldContain(v => v.Project == Kernel && v.Forbidden == Bankruptcy);
    }

    [Fact]
    public void A_module_may_reference_the_kernel_and_the_projects_of_its_own_folder()
    {
        const string contracts = "enforcement/Court.Enforcement.Contracts/Court.Enforcement.Contracts.csproj";
        const string tests = "enforcement/Court.Enforcement.Tests/Court.Enforcement.Tests.csproj";
        var graph = ProjectGraph.Of((Enforcement, [Kernel, contracts]), (contracts, [Kernel]), (tests, [Enforcement]));

        ModuleRules.Check(graph).ShouldBeEmpty();
    }

    [Fact]
    public void The_host_tests_and_benchmarks_may_reference_every_project()
    {
        var graph = ProjectGraph.Of(
            (Host, [Kernel, ModuleRules.Seeds, Enforcement, Bankruptcy, EDossier]),
            ("tests/Court.Host.Tests/Court.Host.Tests.csproj", [Host, Enforcement]),
            ("benchmarks/Court.Benchmarks/Court.Benchmarks.csproj", [Kernel, Bankruptcy]),
            (ModuleRules.Seeds, [Kernel]));

        ModuleRules.Check(graph).ShouldBeEmpty();
    }

    [Fact]
    public void Seeds_may_reference_the_kernel_but_no_module()
    {
        var graph = ProjectGraph.Of((ModuleRules.Seeds, [Kernel, Enforcement]));

        var violation = ModuleRules.Check(graph).ShouldHaveSingleItem();

        violation.Project.ShouldBe(ModuleRules.Seeds);
        violation.Forbidden.ShouldBe(Enforcement);
    }

    [Fact]
    public void A_module_folder_added_to_the_list_is_held_to_the_same_rule()
    {
        const string mediation = "mediation/Court.Mediation/Court.Mediation.csproj";
        var graph = ProjectGraph.Of((mediation, [Kernel, Enforcement]));

        ModuleRules.Check(graph, ModuleRules.ModuleFolders).ShouldBeEmpty("an unlisted folder is not a module yet");
        var violation = ModuleRules.Check(graph, [.. ModuleRules.ModuleFolders, "mediation"]).ShouldHaveSingleItem();
        violation.Project.ShouldBe(mediation);
        violation.Forbidden.ShouldBe(Enforcement);
    }

    [Fact]
    public void A_reference_cycle_ends_the_walk_and_is_still_reported()
    {
        var graph = ProjectGraph.Of((Enforcement, [Helper]), (Helper, [Enforcement, Bankruptcy]), (Bankruptcy, [Helper]));

        var violations = ModuleRules.Check(graph);

        violations.ShouldContain(v => v.Project == Enforcement && v.Forbidden == Bankruptcy);
        violations.ShouldContain(v => v.Project == Bankruptcy && v.Forbidden == Enforcement);
    }

    [Fact]
    public void Project_references_are_read_from_csproj_files_and_the_directory_build_files_above_them()
    {
        var root = Path.Combine(Path.GetTempPath(), "court-arch-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(root).FullName, "Court.sln"), "");
            WriteProject(root, Kernel);
            WriteProject(root, Bankruptcy, @"..\..\court-services\Court.Kernel\Court.Kernel.csproj");
            WriteProject(root, Enforcement, "../../court-services/Court.Kernel/Court.Kernel.csproj");
            WriteProject(root, "enforcement/Court.Enforcement/obj/Ignored.csproj", "../../../bankruptcy/Court.Bankruptcy/Court.Bankruptcy.csproj");
            File.WriteAllText(Path.Combine(root, "enforcement", "Directory.Build.props"),
                "<Project><ItemGroup><ProjectReference Include=\"$(MSBuildThisFileDirectory)../bankruptcy/Court.Bankruptcy/Court.Bankruptcy.csproj\" /></ItemGroup></Project>");

            var graph = ProjectGraph.Read(ProjectGraph.FindRepositoryRoot(Path.Combine(root, "enforcement")));

            graph.Projects.Order(StringComparer.Ordinal).ShouldBe([Bankruptcy, Kernel, Enforcement]);
            graph.DirectReferencesOf(Bankruptcy).ShouldBe([Kernel]);
            graph.DirectReferencesOf(Enforcement).ShouldBe([Bankruptcy, Kernel]);
            ModuleRules.Check(graph).ShouldHaveSingleItem().Forbidden.ShouldBe(Bankruptcy);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void WriteProject(string root, string project, params string[] references)
    {
        var path = Path.Combine(root, project);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var items = string.Concat(references.Select(r => $"<ProjectReference Include=\"{r}\" />"));
        File.WriteAllText(path, $"<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup>{items}</ItemGroup></Project>");
    }
}
