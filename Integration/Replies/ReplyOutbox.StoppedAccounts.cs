using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Replies;

/// <summary>
/// The accounts the running worker stopped because their network rejected the credentials, kept beside the outbox so
/// `status` (another process) can list them and since when. A worker starting again has been given new credentials to
/// try, so it forgets the list of the run before.
/// </summary>
public sealed partial class ReplyOutbox
{
    /// <summary>The first rejection is kept: "since when" is when replies to the network stopped.</summary>
    public Task StopAccountAsync(SocialPlatform platform, string reason, DateTimeOffset since, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "INSERT INTO stopped_account (platform, reason, since) VALUES ($platform, $reason, $since) ON CONFLICT (platform) DO NOTHING",
            cancellationToken,
            ("$platform", platform.ToString()), ("$reason", reason), ("$since", since.ToString("O", CultureInfo.InvariantCulture)));

    public Task ForgetStoppedAccountsAsync(CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM stopped_account", cancellationToken);

    public async Task<IReadOnlyList<StoppedAccount>> StoppedAccountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT platform, reason, since FROM stopped_account ORDER BY since");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stopped = new List<StoppedAccount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (Enum.TryParse<SocialPlatform>(reader.GetString(0), out var platform))
            {
                stopped.Add(new StoppedAccount(platform, reader.GetString(1),
                    Timestamp(reader.GetString(2))));
            }
        }

        return stopped;
    }
}
