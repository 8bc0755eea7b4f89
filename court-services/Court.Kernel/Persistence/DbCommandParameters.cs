using System.Data.Common;

namespace Court.Kernel.Persistence;

/// <summary>For the few statements EF cannot express (atomic claims, sequence upserts), written once for both providers.</summary>
public static class DbCommandParameters
{
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
