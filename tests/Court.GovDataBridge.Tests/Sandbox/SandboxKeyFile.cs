using System.Buffers.Text;
using Court.GovDataBridge.Sandbox;

namespace Court.GovDataBridge.Tests.Sandbox;

public sealed class SandboxKeyFile : IDisposable
{
    private readonly TemporaryFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void The_first_start_creates_a_random_owner_only_key_and_later_starts_reuse_it()
    {
        var first = SandboxKey.LoadOrCreateKey(_data.Path);
        var second = SandboxKey.LoadOrCreateKey(_data.Path);

        second.ShouldBe(first);
        Base64Url.DecodeFromChars(first).Length.ShouldBe(32);
        var file = _data.File("sandbox", "platform-key.txt");
        File.ReadAllText(file).ShouldBe(first);
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void Two_data_folders_get_different_keys()
    {
        using var other = new TemporaryFolder();

        SandboxKey.LoadOrCreateKey(other.Path).ShouldNotBe(SandboxKey.LoadOrCreateKey(_data.Path));
    }
}
