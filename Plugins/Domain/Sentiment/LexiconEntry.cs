namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>One term of the lexicon: its roles, its valence (about -4..4; for the other weighted roles the valence
/// the rule gives, see <see cref="LexiconRoles"/>) and its modifier factor (1 when none).</summary>
internal readonly struct LexiconEntry
{
    public LexiconEntry(LexiconRoles roles, double valence, double factor)
    {
        Roles = roles;
        Valence = valence;
        Factor = factor;
    }

    public LexiconRoles Roles { get; }

    public double Valence { get; }

    public double Factor { get; }

    public bool Has(LexiconRoles role) => (Roles & role) != 0;

    /// <summary>The entry with the roles and values of <paramref name="other"/> added, for terms listed in two sections.</summary>
    public LexiconEntry Merge(LexiconEntry other) => new LexiconEntry(
        Roles | other.Roles,
        other.Has(LexiconRoles.Weighted) ? other.Valence : Valence,
        other.Has(LexiconRoles.Modifier | LexiconRoles.PostModifier) ? other.Factor : Factor);
}
