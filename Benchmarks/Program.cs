using BenchmarkDotNet.Running;
using SocialCrm.Benchmarks.EndToEnd;

// `endtoend` runs the end-to-end runner (EndToEnd/EndToEndRunner); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "endtoend")
{
    return await EndToEndRunner.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
