namespace Court.EDossier.Rendering;

/// <summary>No Chinese face was found in the font folder: court documents cannot be rendered on this machine.</summary>
internal sealed class CjkFontsMissingException(string fontFolder)
    : Exception($"在字体目录 {fontFolder} 中未找到中文字体，无法生成法律文书。请安装 Debian 软件包：fonts-arphic-gbsn00lp fonts-droid-fallback（可选 fonts-arphic-gkai00mp fonts-lxgw-wenkai）。")
{
    public string FontFolder { get; } = fontFolder;
}
