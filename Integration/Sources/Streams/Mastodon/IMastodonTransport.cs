using System.Collections.Generic;
using System.Threading;

namespace SocialCrm.Integration.Sources.Streams.Mastodon;

/// <summary>A connection to the brand's user and direct streams; the enumeration ends (or throws) when it drops.</summary>
public interface IMastodonTransport
{
    IAsyncEnumerable<StreamEvent> ReadAsync(CancellationToken cancellationToken);
}
