using System;
using System.Globalization;

namespace SocialCrm.Integration.Tests.Reliability;

/// <summary>
/// How large the kill scenarios run: CI keeps the defaults so the category stays within minutes;
/// SOCIALCRM_RELIABILITY_MENTIONS and SOCIALCRM_RELIABILITY_KILLS repeat them at the sizes RELIABILITY.md quotes.
/// </summary>
internal static class ReliabilitySize
{
    public static int Mentions(int ciDefault) => Read("SOCIALCRM_RELIABILITY_MENTIONS", ciDefault);

    public static int Kills(int ciDefault) => Read("SOCIALCRM_RELIABILITY_KILLS", ciDefault);

    private static int Read(string variable, int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), CultureInfo.InvariantCulture, out var value) && value > 0 ? value : ciDefault;
}
