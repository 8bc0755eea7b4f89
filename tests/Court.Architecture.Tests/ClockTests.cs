namespace Court.Architecture.Tests;

public sealed class ClockTests
{
    [Fact]
    public void Product_code_never_reads_the_ambient_clock()
    {
        var offenders = ClockRules.Check(ClockRules.ProductSources(ProjectGraph.FindRepositoryRoot()));

        offenders.ShouldBeEmpty("Inject TimeProvider instead of DateTime.Now/UtcNow:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("var now = DateTime.UtcNow;", true)]
    [InlineData("if (deadline < DateTimeOffset.Now) return;", true)]
    [InlineData("var today = DateTime.Today;", true)]
    [InlineData("var now = clock.GetUtcNow();", false)]
    [InlineData("// DateTime.UtcNow is banned here", false)]
    [InlineData("var kind = DateTimeKind.Utc;", false)]
    public void The_check_recognises_a_read_of_the_ambient_clock(string line, bool reported)
    {
        ClockRules.Check([("Example.cs", line)]).Count.ShouldBe(reported ? 1 : 0);
    }
}
