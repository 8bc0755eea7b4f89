using System.Text.Json;

namespace Court.EDossier.Ingest;

/// <summary>
/// Finds what a court cannot accept inside a PDF's objects, wherever it hides (qpdf lists the objects of compressed object
/// streams too): JavaScript, actions that launch programs, open links (/URI), go to other files (/GoToR, /GoToE), send or
/// import form data (/SubmitForm, /ImportData), additional actions (/AA) that fire on opening, closing or focus, XFA forms,
/// rich media, and embedded files. Every indirect object is visited and, inside it, every direct dictionary.
/// Navigation inside the document (/GoTo, /Named) stays allowed.
/// </summary>
internal static class ActiveContent
{
    internal enum Finding { JavaScript, Launch, Uri, RemoteGoTo, SubmitForm, ImportData, AdditionalActions, Xfa, RichMedia, EmbeddedFile, Encryption }

    internal static Finding? Find(PdfGraph graph)
    {
        Finding? worst = null;
        foreach (var o in graph.Objects.Values)
        {
            foreach (var dictionary in PdfGraph.DirectDictionaries(o))
            {
                foreach (var found in InDictionary(dictionary))
                {
                    if (worst is null || Rank(found) > Rank(worst.Value)) worst = found;
                }
            }
        }
        return worst;
    }

    internal static string Describe(Finding finding) => finding switch
    {
        Finding.JavaScript => "JavaScript 脚本",
        Finding.Launch => "启动外部程序的动作",
        Finding.Uri => "打开网址的链接（URI 动作）",
        Finding.RemoteGoTo => "跳转到其他文件或网络路径的动作（GoToR/GoToE）",
        Finding.SubmitForm => "向外提交表单数据的动作（SubmitForm）",
        Finding.ImportData => "导入外部数据的动作（ImportData）",
        Finding.AdditionalActions => "打开、关闭或翻页时自动执行的附加动作（/AA）",
        Finding.Xfa => "XFA 动态表单",
        Finding.RichMedia => "Flash 或多媒体",
        _ => finding.ToString(),
    };

    // Encryption is reported before executable content, which is reported before attachments: the litigant fixes the first thing first.
    private static int Rank(Finding f) => f switch
    {
        Finding.Encryption => 3,
        Finding.EmbeddedFile => 1,
        _ => 2,
    };

    private static IEnumerable<Finding> InDictionary(JsonElement dictionary)
    {
        if (dictionary.TryGetProperty("/O", out _) && dictionary.TryGetProperty("/U", out _) && dictionary.TryGetProperty("/V", out _)
            && dictionary.TryGetProperty("/Filter", out _))
        {
            yield return Finding.Encryption; // a standard security handler dictionary
        }
        foreach (var entry in dictionary.EnumerateObject())
        {
            var name = PdfGraph.AsName(entry.Value);
            var found = (entry.Name, name) switch
            {
                ("/JS" or "/JavaScript", _) => Finding.JavaScript,
                ("/AA", _) => Finding.AdditionalActions,
                ("/XFA", _) => Finding.Xfa,
                ("/EmbeddedFiles" or "/EF", _) => Finding.EmbeddedFile,
                ("/S", "/JavaScript") => Finding.JavaScript,
                ("/S", "/Launch") => Finding.Launch,
                ("/S", "/URI") => Finding.Uri,
                ("/S", "/GoToR" or "/GoToE") => Finding.RemoteGoTo,
                ("/S", "/SubmitForm") => Finding.SubmitForm,
                ("/S", "/ImportData") => Finding.ImportData,
                ("/S", "/RichMediaExecute") or ("/Subtype", "/RichMedia") => Finding.RichMedia,
                ("/Subtype", "/FileAttachment") or ("/Type", "/EmbeddedFile") => Finding.EmbeddedFile,
                _ => (Finding?)null,
            };
            if (found is not null) yield return found.Value;
        }
    }
}
