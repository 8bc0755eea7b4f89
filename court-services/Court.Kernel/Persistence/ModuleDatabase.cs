using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Kernel.Persistence;

/// <summary>
/// How every module's DbContext reaches the one database: on PostgreSQL each module owns a schema,
/// on SQLite (no schemas) each module owns a migrations history table. See docs/adr/0002.
/// </summary>
public static class ModuleDatabase
{
    public static IServiceCollection AddModuleDbContext<TDb>(this IServiceCollection services, string module)
        where TDb : DbContext
    {
        services.AddDbContext<TDb>((sp, options) => Configure(options, sp.GetRequiredService<ResolvedDatabase>(), module));
        services.AddSingleton(new ModuleDbRegistration(module, typeof(TDb)));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, ResolvedDatabase database, string module)
    {
        // Migrations are written by hand (EF Core Design does not restore here), so there is no model snapshot to compare with;
        // the schema test compares migrated and model-created databases instead (docs/adr/0002).
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        switch (database.Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(database.ConnectionString, npgsql => npgsql.MigrationsHistoryTable("__migrations", module));
                break;
            default:
                options.UseSqlite(database.ConnectionString, sqlite => sqlite.MigrationsHistoryTable($"__migrations_{module}"));
                break;
        }
    }

    /// <summary>The schema a module's tables live in: its name on PostgreSQL, none on SQLite.</summary>
    public static string? SchemaFor(string? activeProvider, string module) =>
        activeProvider == "Npgsql.EntityFrameworkCore.PostgreSQL" ? module : null;

    /// <summary>A module table's name, quoted and schema-qualified where the provider has schemas, for hand-written SQL.</summary>
    public static string QualifiedTable(string? activeProvider, string module, string table) =>
        SchemaFor(activeProvider, module) is { } schema ? $"\"{schema}\".\"{table}\"" : $"\"{table}\"";

    public static void UseModuleSchema(this ModelBuilder modelBuilder, DbContext db, string module)
    {
        var schema = SchemaFor(db.Database.ProviderName, module);
        if (schema is not null) modelBuilder.HasDefaultSchema(schema);
    }
}

/// <summary>The provider and connection string after defaults (data folder) were applied.</summary>
public sealed record ResolvedDatabase(DatabaseProvider Provider, string ConnectionString);

/// <summary>Lets the host find and migrate every module's DbContext at start-up.</summary>
public sealed record ModuleDbRegistration(string Module, Type DbContextType);
