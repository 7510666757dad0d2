using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>Reads choices: an optionset's options, statuses (with their state) or states; and global choices by name.</summary>
internal static class OptionSetXmlReader
{
    public static IReadOnlyDictionary<string, IReadOnlyList<OptionDefinition>> Globals(IEnumerable<XElement> optionSets) =>
        optionSets.Where(o => o.Attr("Name") is not null)
            .GroupBy(o => o.Attr("Name")!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OptionDefinition>)Options(g.Last()).ToList(), StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<OptionDefinition> Options(XElement optionSet)
    {
        foreach (var option in optionSet.Child("options")?.Children("option") ?? Enumerable.Empty<XElement>())
        {
            if (Value(option, "value") is int value)
            {
                yield return new OptionDefinition(value, option.Label() ?? value.ToString(CultureInfo.InvariantCulture));
            }
        }

        foreach (var status in optionSet.Child("statuses")?.Children("status") ?? Enumerable.Empty<XElement>())
        {
            if (Value(status, "value") is int value)
            {
                yield return new OptionDefinition(value, status.Label() ?? value.ToString(CultureInfo.InvariantCulture), Value(status, "state"));
            }
        }

        foreach (var state in optionSet.Child("states")?.Children("state") ?? Enumerable.Empty<XElement>())
        {
            if (Value(state, "value") is int value)
            {
                yield return new OptionDefinition(value, state.Attr("invariantname") ?? state.Label() ?? value.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static int? Value(XElement element, string attribute) =>
        int.TryParse(element.Attr(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
