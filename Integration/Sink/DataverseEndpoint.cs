using System;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// The address of the environment the sink writes to. Configured, it is known at once; for the local default it is
/// known once LocalDataverse answers, so the sink awaits it rather than reading it at start-up.
/// </summary>
public sealed class DataverseEndpoint
{
    private readonly TaskCompletionSource<Uri> address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// The bearer token the local default's LocalDataverse accepts, which the worker generated for this run; null for a
    /// configured environment, whose tokens come from MSAL (<see cref="AccessTokenHandler"/>).
    /// </summary>
    public string? LocalAccessToken { get; private set; }

    /// <summary>Resolves the address (and, for the local default, the one token it accepts).</summary>
    public void Resolve(Uri environment, string? localAccessToken = null)
    {
        LocalAccessToken = localAccessToken;
        address.TrySetResult(environment);
    }

    public void Fail(Exception error) => address.TrySetException(error);

    public Task<Uri> AddressAsync(CancellationToken cancellationToken) => address.Task.WaitAsync(cancellationToken);
}
