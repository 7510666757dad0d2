using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Replies;

/// <summary>
/// Lets the Dataverse webhook start a delivery round now instead of at the next poll. A wake-up that arrives during a
/// round is kept, so the round after it runs at once: a reply created while Dataverse was being read is never left for
/// the poll. Several wake-ups before a round make one round.
/// </summary>
public sealed class ReplyWakeup
{
    private readonly Channel<Guid> woken = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Asks for a round because the reply <paramref name="replyId"/> was created.</summary>
    public void Wake(Guid replyId) => woken.Writer.TryWrite(replyId);

    /// <summary>Waits for a wake-up or <paramref name="interval"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(interval, clock, poll.Token);
        var wake = woken.Reader.WaitToReadAsync(poll.Token).AsTask();
        await Task.WhenAny(delay, wake);
        await poll.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        while (woken.Reader.TryRead(out _))
        {
        }
    }
}
