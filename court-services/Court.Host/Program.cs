using Court.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddCourt();

var app = builder.Build();
await app.PrepareAsync();

// `Court.Host verify` (./court verify): check the audit log's hash chain, stored documents and archive packages, then exit.
if (args.Length > 0 && args[0] == "verify")
    return await CourtVerification.RunAsync(app.Services, Console.Out, app.Lifetime.ApplicationStopping);

app.UseCourt();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so WebApplicationFactory can start the host in tests.</summary>
public partial class Program;
