using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SocialCrm.Mentions.Tests;

/// <summary>A choice's option values are exactly its enum's: a value added to the enum and not to the switch fails here.</summary>
[TestClass]
public sealed class ChoicesTests
{
    [TestMethod]
    public void A_platform_is_known_exactly_when_it_is_a_scrm_platform_option() =>
        AgreesWithEnum<SocialPlatform>(Choices.IsPlatform);

    [TestMethod]
    public void A_direction_is_known_exactly_when_it_is_a_scrm_direction_option() =>
        AgreesWithEnum<MentionDirection>(Choices.IsDirection);

    [TestMethod]
    public void A_message_type_is_known_exactly_when_it_is_a_scrm_messagetype_option() =>
        AgreesWithEnum<MessageType>(Choices.IsMessageType);

    // Every option, the values around each of them, and values far off.
    private static void AgreesWithEnum<TEnum>(Func<int, bool> isKnown)
        where TEnum : struct, Enum
    {
        var options = Enum.GetValues(typeof(TEnum)).Cast<TEnum>().Select(option => Convert.ToInt32(option, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var candidates = options.SelectMany(option => new[] { option - 1, option, option + 1 })
            .Concat(new[] { 0, 1, -1, int.MinValue, int.MaxValue, 746_499_999, 746_500_100 });
        foreach (var value in candidates)
        {
            Assert.AreEqual(options.Contains(value), isKnown(value), $"{typeof(TEnum).Name} {value}");
        }
    }
}
