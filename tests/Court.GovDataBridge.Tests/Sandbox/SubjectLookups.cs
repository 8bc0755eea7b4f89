using Court.GovDataBridge.Platform;
using Court.GovDataBridge.Sandbox;
using Grpc.Core;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Tests.Sandbox;

public sealed class SubjectLookups : IAsyncLifetime
{
    private SandboxHost _platform = null!;

    public async Task InitializeAsync() => _platform = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task A_registered_person_is_found_by_id_number_even_with_spaces_around_it()
    {
        var person = await _platform.CallAsync(PlatformMethods.GetNaturalPerson, new GetNaturalPersonRequest { ResidentIdNumber = $" {TestRegistry.ZhangSan} " });

        person.ResidentIdNumber.ShouldBe(TestRegistry.ZhangSan);
        person.Gender.ShouldBe(Gender.Male);
    }

    [Theory]
    [InlineData("35020319850314123", "居民身份证号码应为18位")]
    [InlineData("350203198502301230", "居民身份证号码中的出生日期无效")]
    [InlineData("", "请输入居民身份证号码")]
    public async Task A_malformed_id_number_is_an_invalid_argument_explained_in_Chinese(string input, string explanation)
    {
        var failure = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.GetNaturalPerson, new GetNaturalPersonRequest { ResidentIdNumber = input }));

        failure.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        failure.Status.Detail.ShouldBe(explanation);
    }

    [Fact]
    public async Task An_id_number_with_a_wrong_check_character_is_invalid_not_unknown()
    {
        var wrong = TestRegistry.ZhangSan[..17] + (TestRegistry.ZhangSan[17] == '0' ? '1' : '0');

        var failure = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.GetNaturalPerson, new GetNaturalPersonRequest { ResidentIdNumber = wrong }));

        failure.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        failure.Status.Detail.ShouldBe("居民身份证号码校验码不正确，请核对后重新输入");
    }

    [Fact]
    public async Task A_valid_id_number_nobody_holds_is_not_found()
    {
        var failure = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.GetNaturalPerson, new GetNaturalPersonRequest { ResidentIdNumber = TestRegistry.Nobody }));

        failure.StatusCode.ShouldBe(StatusCode.NotFound);
        failure.Status.Detail.ShouldBe("未查询到该公民的户籍登记信息");
    }

    [Fact]
    public async Task A_registered_company_is_found_by_its_credit_code_in_lower_case()
    {
        var company = await _platform.CallAsync(PlatformMethods.GetLegalPerson, new GetLegalPersonRequest { CreditCode = TestRegistry.Trading.ToLowerInvariant() });

        company.Name.ShouldBe("厦门鹭岛贸易有限公司");
    }

    [Fact]
    public async Task A_malformed_credit_code_is_invalid_and_an_unknown_one_is_not_found()
    {
        var malformed = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.GetLegalPerson, new GetLegalPersonRequest { CreditCode = "91350203MA2Y3K7P0" }));
        var unknown = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.GetLegalPerson, new GetLegalPersonRequest { CreditCode = TestRegistry.NoCompany }));

        malformed.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        malformed.Status.Detail.ShouldBe("统一社会信用代码应为18位");
        unknown.StatusCode.ShouldBe(StatusCode.NotFound);
        unknown.Status.Detail.ShouldBe("未查询到该统一社会信用代码的登记信息");
    }
}
