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

    public void Resolve(Uri environment) => address.TrySetResult(environment);

    public void Fail(Exception error) => address.TrySetException(error);

    public Task<Uri> AddressAsync(CancellationToken cancellationToken) => address.Task.WaitAsync(cancellationToken);
}
