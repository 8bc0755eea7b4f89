using System.Globalization;
using System.Text;
using Court.Kernel;

namespace Court.Host.Audit.Reading;

/// <summary>The export opens in Excel as Chinese: UTF-8 with a BOM, Shanghai times, and a leading quote against formula injection.</summary>
internal static class AuditLogCsv
{
    public static byte[] Write(IEnumerable<AuditLogRow> rows)
    {
        var csv = new StringBuilder("编号,时间（北京时间）,操作人,用户名,操作,操作代码,案号,对象,目的,结果\r\n");
        foreach (var r in rows)
        {
            var at = ShanghaiTime.From(r.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            csv.AppendJoin(',', [r.Id.ToString(CultureInfo.InvariantCulture), at, Field(r.Who), Field(r.UserName), Field(r.What), Field(r.Action),
                Field(r.CaseNumber), Field(r.Target), Field(r.Purpose), Field(r.Outcome)]).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
