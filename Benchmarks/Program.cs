using BenchmarkDotNet.Running;
using SocialCrm.Benchmarks.EndToEnd;
using SocialCrm.Benchmarks.Memory;
using SocialCrm.Benchmarks.Profile;
using SocialCrm.Benchmarks.Queue;

// `endtoend` runs the end-to-end runner (EndToEnd/EndToEndRunner), `profile` the batch profile (Profile/BatchProfile),
// `singlewrites` the cost of a plug-in's single write (Profile/SingleWriteProfile),
// `memory` the processes' peak memory (Memory/MemoryRun), `queuestall` the SQLite queue's settles at MaxConcurrency 4
// (Queue/QueueStallRun); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "endtoend")
{
    return await EndToEndRunner.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "memory")
{
    return await MemoryRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "queuestall")
{
    return await QueueStallRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "profile")
{
    return BatchProfile.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "singlewrites")
{
    return SingleWriteProfile.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
