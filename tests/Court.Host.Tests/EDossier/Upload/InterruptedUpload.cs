using System.Net;
using System.Text;
using Court.EDossier.Persistence;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.EDossier.Upload;

/// <summary>A connection that drops halfway through an upload leaves neither a file nor a row behind.</summary>
public sealed class InterruptedUpload
{
    [Fact]
    public async Task An_upload_cut_off_halfway_leaves_nothing_behind()
    {
        await using var app = new CourtAppFactory();
        using var litigant = await app.ClientForAsync("litigant");
        var pdf = await File.ReadAllBytesAsync(SamplePdfs.WriteText(Path.GetTempFileName(), pages: 20));
        int Documents() { using var scope = app.Services.CreateScope(); return scope.ServiceProvider.GetRequiredService<DossierDb>().Documents.Count(); }
        var before = Documents();
        var blobsBefore = Directory.GetFiles(Path.Combine(app.DataDir, "blobs"), "*", SearchOption.AllDirectories).Length;

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{LoanCase}/dossier/documents") { Content = new CutOffUpload(pdf) };
        // The in-memory test server keeps waiting for the rest of the body; the client giving up is what aborts the request.
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        await Should.ThrowAsync<Exception>(() => litigant.SendAsync(request, giveUp.Token));

        var incoming = Path.Combine(app.DataDir, "blobs", ".incoming");
        await Eventually.HoldsAsync("the server to drop the partial upload", () => Task.FromResult(Directory.GetFiles(incoming).Length == 0));
        Documents().ShouldBe(before);
        Directory.GetFiles(Path.Combine(app.DataDir, "blobs"), "*", SearchOption.AllDirectories).Length.ShouldBe(blobsBefore);
    }

    /// <summary>Multipart fields, then half of the file, then the connection fails.</summary>
    private sealed class CutOffUpload : HttpContent
    {
        private const string Boundary = "court-test-boundary";
        private readonly byte[] _file;

        public CutOffUpload(byte[] file)
        {
            _file = file;
            Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={Boundary}");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var head = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\nevidence\r\n" +
                       $"--{Boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n借款合同\r\n" +
                       $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contract.pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(head));
            await stream.WriteAsync(_file.AsMemory(0, _file.Length / 2));
            await stream.FlushAsync();
            await Task.Delay(200);
            throw new IOException("connection reset by the test");
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
