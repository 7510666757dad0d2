using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Sources.Import;

/// <summary>
/// The file source: reads JSON Lines or CSV, passes every record through the edge, and queues the accepted ones in
/// batches, each batch durable before the next is read. A rejected record is reported with its line number and does
/// not stop the rest; an import stopped half-way has queued whole batches only, and running it again is harmless
/// because the queue and the upsert are keyed by post.
/// </summary>
public sealed class MentionFileImporter(MentionNormalizer normalizer, IMentionInbox queue)
{
    public const string SourceName = "import";
    private const int BatchSize = 500;

    public async Task<ImportSummary> ImportAsync(string path, ImportFormat format, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var records = format == ImportFormat.Csv ? CsvReader.Read(reader) : JsonLinesReader.Read(reader);

        var accepted = 0;
        var rejected = new List<RejectedLine>();
        var batch = new List<Mention>(BatchSize);
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = normalizer.Normalize(record.Input, record.Problems);
            if (result.Mention is { } mention)
            {
                batch.Add(mention);
            }
            else
            {
                rejected.Add(new RejectedLine(record.Line, result.Reason, result.Problems.Any(p => p.UnknownField)));
            }

            if (batch.Count == BatchSize)
            {
                accepted += await FlushAsync(batch, cancellationToken);
                progress?.Report(new ImportProgress(stream.Position, stream.Length, accepted, rejected.Count));
            }
        }

        accepted += await FlushAsync(batch, cancellationToken);
        progress?.Report(new ImportProgress(stream.Length, stream.Length, accepted, rejected.Count));
        return new ImportSummary(accepted, rejected);
    }

    private async Task<int> FlushAsync(List<Mention> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        // Two records of one post in one file coalesce in the queue: the later one is what the file means.
        await queue.EnqueueAsync(batch, SourceName, cancellationToken);
        var count = batch.Count;
        batch.Clear();
        return count;
    }
}
