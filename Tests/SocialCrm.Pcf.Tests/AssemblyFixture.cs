using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Pcf.Tests.Support;

namespace SocialCrm.Pcf.Tests;

[TestClass]
public static class AssemblyFixture
{
    [AssemblyCleanup]
    public static Task StopAsync() => PulseFixture.StopAsync();
}
