using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Sources.Streams;

/// <summary>
/// A long-lived response body that gives up when its server goes silent: each read that brings nothing within the read
/// timeout ends the connection with a <see cref="TimeoutException"/>, so the caller reconnects and catches up. A
/// streaming server that keeps a quiet connection open with heartbeat comments resets the clock with each of them; a
/// connection a proxy or a dead peer left hanging does not.
/// </summary>
public sealed class ReadTimeoutStream(Stream inner, TimeSpan readTimeout) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        using var silence = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        silence.CancelAfter(readTimeout);
        try
        {
            return await inner.ReadAsync(buffer, silence.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Nothing arrived for {readTimeout} (no event, no heartbeat): the connection is taken as dead.");
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
