namespace Court.EDossier.Ingest;

/// <summary>Every reason an upload is refused: a stable code and a Chinese detail saying what is wrong and what to do.</summary>
internal static class IngestRefusals
{
    internal const string Accepted = "可上传的格式：PDF、JPEG（.jpg）、PNG、TIFF（.tif）。";

    internal static IngestRefusal EmptyFile() =>
        new("empty-file", "文件为空（0 字节），可能上传中断或文件已损坏。请确认文件能正常打开后重新上传。");

    internal static IngestRefusal FileTooLarge(long actualBytes, long maxBytes) =>
        new("file-too-large", $"文件大小为 {Megabytes(actualBytes)}，超过单个文件 {Megabytes(maxBytes)} 的上限。请压缩后上传，或将材料拆分为多个文件分别上传。");

    internal static IngestRefusal UnsupportedType() =>
        new("unsupported-type", $"不支持该文件类型（如压缩包、Word 文档、网页或程序文件）。{Accepted}请将材料另存或打印为 PDF 后上传。");

    internal static IngestRefusal ContentMismatch(string actualKind, string declared) =>
        new("content-mismatch", $"文件内容与扩展名不符：文件名或类型声明为“{declared}”，实际内容是 {DisplayKind(actualKind)}。请使用原始文件，或以正确的扩展名另存后重新上传。");

    internal static IngestRefusal PdfCorrupt() =>
        new("pdf-corrupt", "PDF 文件已损坏或不完整（可能下载或上传中断），无法打开。请用 PDF 阅读器确认能正常打开后，重新导出为 PDF 再上传。");

    internal static IngestRefusal PdfWithoutPages() =>
        new("pdf-corrupt", "PDF 文件中没有任何页面。请确认导出的是完整文档后重新上传。");

    internal static IngestRefusal PdfStructure(string what) =>
        new("pdf-malformed", $"PDF 文件的内部结构异常（{what}），可能已损坏或被人为构造，无法安全打开，不能接收。请用 PDF 阅读器打开后选择“打印为 PDF”重新生成文件，再上传。");

    internal static IngestRefusal PdfDecompressionBomb(IngestLimits limits) =>
        new("pdf-decompression-bomb", $"PDF 中的压缩数据解压后超过上限（页面内容等约 {limits.MaxDecodedBytes / (1024 * 1024)} MB，另加图片按尺寸计算的大小），可能是恶意构造的“压缩炸弹”，不能接收。请用 PDF 阅读器“打印为 PDF”重新生成文件，或将材料拆分后分别上传。");

    internal static IngestRefusal PdfEncrypted() =>
        new("pdf-encrypted", "文件已加密（设有打开密码或权限密码）。请去除密码后重新导出为PDF再上传。");

    internal static IngestRefusal PdfActiveContent(string what) =>
        new("pdf-active-content", $"PDF 中含有可执行内容（{what}），出于安全原因不能接收。请使用“打印为 PDF”重新生成文件后上传。");

    internal static IngestRefusal PdfEmbeddedFiles() =>
        new("pdf-embedded-files", "PDF 中嵌入了附件文件，附件无法随卷宗审查。请将附件取出，作为单独的文件分别上传，并将 PDF 重新导出（不含附件）后上传。");

    internal static IngestRefusal TooManyPages(int pages, int maxPages) =>
        new("too-many-pages", $"文件共 {pages} 页，超过单个文件 {maxPages} 页的上限。请将材料拆分为多个文件分别上传。");

    internal static IngestRefusal ImageTooLarge(long width, long height, IngestLimits limits) =>
        new("image-too-large", $"图片尺寸为 {width}×{height} 像素，超过上限（单边不超过 {limits.MaxImageSide} 像素，总计不超过 {limits.MaxImagePixels / 1_000_000} 百万像素）。请缩小图片尺寸（例如以 300dpi 扫描）后重新上传。");

    internal static IngestRefusal ImageTooLargeToDecode(string kind, long width, long height, long maxPixels) =>
        new("image-too-large", kind == UploadKinds.Png
            ? $"PNG 图片尺寸为 {width}×{height} 像素。带透明通道或隔行扫描的 PNG 需要完整解码，上限为 {maxPixels / 10_000} 万像素。请另存为不带透明通道的 PNG 或 JPEG，或缩小尺寸后重新上传。"
            : $"TIFF 图片的一页尺寸为 {width}×{height} 像素，超过每页 {maxPixels / 10_000} 万像素的上限。请以 300dpi 重新扫描，或另存为 PDF 或 JPEG 后上传。");

    internal static IngestRefusal ImageCorrupt(string kind) =>
        new("image-corrupt", $"{DisplayKind(kind)} 图片已损坏或不完整，无法读取。请确认图片能正常打开后重新上传，或重新拍照、扫描。");

    internal static string DisplayKind(string kind) => kind switch
    {
        UploadKinds.Pdf => "PDF",
        UploadKinds.Jpeg => "JPEG",
        UploadKinds.Png => "PNG",
        UploadKinds.Tiff => "TIFF",
        _ => kind,
    };

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
