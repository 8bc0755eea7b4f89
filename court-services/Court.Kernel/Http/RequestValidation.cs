using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Court.Kernel.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Court.Kernel.Http;

/// <summary>
/// Validates every request record of a route group against its DataAnnotations before the handler runs, and
/// answers a 400 ValidationProblem whose messages (the attributes' Chinese <c>ErrorMessage</c>) say what to fix.
/// </summary>
public static class RequestValidation
{
    public static TBuilder WithRequestValidation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var validated = factory.MethodInfo.GetParameters()
                .Select((p, i) => (p, i))
                .Where(x => IsRequestRecord(x.p.ParameterType))
                .Select(x => x.i)
                .ToArray();
            if (validated.Length == 0) return next;
            return async context =>
            {
                foreach (var index in validated)
                {
                    var errors = Validate(context.Arguments[index], context.HttpContext.RequestServices);
                    if (errors.Count > 0)
                        return TypedResults.ValidationProblem(errors, detail: "提交的内容有误，请按提示修改后重试。", type: ProblemTypes.Validation);
                }
                return await next(context);
            };
        });

    /// <summary><paramref name="services"/> reach a record's own checks (<see cref="ValidationContext.GetService"/>), e.g. reference data.</summary>
    public static Dictionary<string, string[]> Validate(object? request, IServiceProvider? services = null)
    {
        if (request is null) return new() { [""] = ["请求内容不能为空。"] };
        return Errors(request, "", depth: 0, services)
            .GroupBy(e => e.Member)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message ?? "填写有误。").ToArray());
    }

    /// <summary>
    /// The object's own errors, then those of every nested request record it carries (<c>client.identifierNumber</c>):
    /// the framework's validator stops at the top level, and a nested record left unchecked reached its handler with nulls.
    /// </summary>
    private static IEnumerable<(string Member, string? Message)> Errors(object value, string prefix, int depth, IServiceProvider? services)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value, services, null), results, validateAllProperties: true);
        foreach (var r in results)
            foreach (var member in r.MemberNames.Any() ? r.MemberNames : [""])
                yield return (Path(prefix, CamelCase(member)), r.ErrorMessage);
        if (depth >= 4) yield break;
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !IsRequestRecord(property.PropertyType)) continue;
            if (property.GetValue(value) is not { } nested) continue;
            foreach (var error in Errors(nested, Path(prefix, CamelCase(property.Name)), depth + 1, services)) yield return error;
        }
    }

    private static string Path(string prefix, string member) =>
        prefix.Length == 0 ? member : member.Length == 0 ? prefix : $"{prefix}.{member}";

    private static bool IsRequestRecord(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Court.", StringComparison.Ordinal) == true
        && type.GetProperties().Any(p => p.GetCustomAttributes<ValidationAttribute>().Any());

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
