using Court.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddCourt();

var app = builder.Build();
await app.PrepareAsync();
app.UseCourt();
await app.RunAsync();

/// <summary>Entry point, public so WebApplicationFactory can start the host in tests.</summary>
public partial class Program;
