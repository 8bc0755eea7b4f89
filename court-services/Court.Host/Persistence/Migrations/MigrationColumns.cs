using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Court.Host.Persistence.Migrations;

/// <summary>Helpers that keep hand-written migrations provider-neutral: each provider reads its own annotation.</summary>
internal static class MigrationColumns
{
    public static OperationBuilder<T> Identity<T>(this OperationBuilder<T> column)
        where T : Microsoft.EntityFrameworkCore.Migrations.Operations.AddColumnOperation =>
        column
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
