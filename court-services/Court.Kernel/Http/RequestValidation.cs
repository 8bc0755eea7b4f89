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
                    var errors = Validate(context.Arguments[index]);
                    if (errors.Count > 0)
                        return TypedResults.ValidationProblem(errors, detail: "提交的内容有误，请按提示修改后重试。", type: ProblemTypes.Validation);
                }
                return await next(context);
            };
        });

    public static Dictionary<string, string[]> Validate(object? request)
    {
        if (request is null) return new() { [""] = ["请求内容不能为空。"] };
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: CamelCase(m), r.ErrorMessage)))
            .GroupBy(e => e.Member)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "填写有误。").ToArray());
    }

    private static bool IsRequestRecord(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Court.", StringComparison.Ordinal) == true
        && type.GetProperties().Any(p => p.GetCustomAttributes<ValidationAttribute>().Any());

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
