using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Tests;

/// <summary>Tables described in code for tests that need no solution.</summary>
internal static class Tables
{
    public const string Profile = "test_profile";
    public const string Post = "test_post";

    /// <summary>A profile: text, numbers, a choice, a lookup to contact, and an alternate key over network + handle.</summary>
    public static TableDefinition ProfileTable() =>
        new TableBuilder(Profile)
            .WithPrimaryName("test_name", 100)
            .WithChoice("test_network", 1, 2, 3)
            .WithString("test_handle", 50)
            .WithInteger("test_followers")
            .WithDecimal("test_score", 2)
            .WithBoolean("test_verified")
            .WithDateTime("test_seenon")
            .WithMoney("test_value")
            .WithLookup("test_contactid", "contact")
            .WithAlternateKey("test_network_handle", "test_network", "test_handle")
            .Build();

    /// <summary>A post, an activity table, linked to its author profile.</summary>
    public static TableDefinition PostTable() =>
        new TableBuilder(Post)
            .AsActivity()
            .WithString("test_externalid", 100)
            .WithLookup("test_profileid", Profile)
            .WithAlternateKey("test_externalid", "test_externalid")
            .Build();

    public static LocalDataverseBuilder Environment() => LocalDataverse.FromMetadata(ProfileTable(), PostTable());
}
