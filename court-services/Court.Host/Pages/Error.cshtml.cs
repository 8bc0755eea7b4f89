using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
internal sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "系统暂时无法处理您的请求";
    public string Advice { get; private set; } = "我们已记录该问题，请稍后重试。";
    public string TraceId { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        (Heading, Advice) = code switch
        {
            404 => ("未找到该页面", "请核对网址，或从首页重新进入。"),
            403 => ("无权访问", "该内容仅对相关案件的当事人、代理人或承办人员开放。"),
            400 => ("请求有误", "请返回上一页检查填写的内容后重试。"),
            429 => ("操作过于频繁", "请稍等一分钟后再试。"),
            _ => (Heading, Advice),
        };
    }
}
