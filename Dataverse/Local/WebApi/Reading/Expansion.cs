using SocialCrm.Dataverse.Local.WebApi.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>A single-valued navigation property in $expand, with the columns its record is read with.</summary>
internal sealed record Expansion(LookupNavigation Navigation, RecordSelection Selection)
{
    /// <summary>The link-entity alias the expanded record's columns come back under.</summary>
    public string Alias => "x_" + Navigation.Name;
}
