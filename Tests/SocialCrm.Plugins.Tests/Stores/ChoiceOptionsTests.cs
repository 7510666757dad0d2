using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Stores;

/// <summary>
/// A choice's options as intake and the stores check them (<see cref="Choices"/>, <see cref="ChoiceOptions"/>) are exactly
/// its enum's: a value added to one and not the other fails here.
/// </summary>
[TestClass]
public sealed class ChoiceOptionsTests
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

    [TestMethod]
    public void A_link_method_is_known_exactly_when_it_is_a_scrm_linkmethod_option() =>
        AgreesWithEnum<LinkMethod>(ChoiceOptions.IsLinkMethod);

    [TestMethod]
    public void A_trend_is_known_exactly_when_it_is_a_scrm_sentimenttrend_option() =>
        AgreesWithEnum<SentimentTrend>(ChoiceOptions.IsSentimentTrend);

    [TestMethod]
    public void A_status_is_known_exactly_when_it_is_a_conversation_statuscode_option() =>
        AgreesWithEnum<ConversationStatus>(ChoiceOptions.IsConversationStatus);

    // Every option, the values around each of them, and values far off.
    private static void AgreesWithEnum<TEnum>(Func<int, bool> isKnown)
        where TEnum : struct, Enum
    {
        var options = Enum.GetValues(typeof(TEnum)).Cast<TEnum>().Select(option => Convert.ToInt32(option, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var value in options.SelectMany(option => new[] { option - 1, option, option + 1 }).Concat(new[] { 0, -1, int.MinValue, int.MaxValue }))
        {
            Assert.AreEqual(options.Contains(value), isKnown(value), $"{typeof(TEnum).Name} {value}");
        }
    }
}
