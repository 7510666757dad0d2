using System;

namespace SocialCrm.Solution.Tests.Fixtures;

/// <summary>The real solution source, packed once for the whole test run (packing is deterministic, so sharing it is safe).</summary>
public sealed class PackedSolution
{
    private static readonly Lazy<PackedSolution> Shared = new(() => new PackedSolution());

    private PackedSolution()
    {
        Result = SolutionPacker.Pack(RepositoryPaths.SolutionSource, RepositoryPaths.NewTemporaryFolder(), RepositoryPaths.BuiltAssemblies, dataDirectory: RepositoryPaths.SolutionData);
        Unmanaged = new PackedZip(Result.UnmanagedZip);
        Managed = new PackedZip(Result.ManagedZip);
    }

    public static PackedSolution Current => Shared.Value;

    public PackResult Result { get; }

    public PackedZip Unmanaged { get; }

    public PackedZip Managed { get; }

    public PackedZip Zip(PackageKind kind) => kind == PackageKind.Managed ? Managed : Unmanaged;
}
