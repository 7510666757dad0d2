using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>
/// Choice values the solution adds lie in the publisher's range (option value prefix 74650: 746500000 to 746509999), so
/// they cannot collide with another publisher's. The defaults Dataverse gives every table's status (1 and 2) are exempt.
/// </summary>
public sealed class OptionValueRule : ISolutionRule
{
    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        var documents = source.Entities.Select(e => e.Entity).Concat(source.Merged("optionsets"));
        foreach (var document in documents)
        {
            foreach (var optionSet in document.Root.DescendantsAndSelf("optionset"))
            {
                var kind = optionSet.ChildText("OptionSetType");
                var values = optionSet.Descendants("option").Concat(optionSet.Descendants("status"));
                foreach (var value in values.Where(v => kind != "bit" && !IsAllowed(v, kind, index)))
                {
                    yield return document.Problem(value, $"The value must lie in the publisher's range {index.OptionValuePrefix}0000-{index.OptionValuePrefix}9999.");
                }
            }
        }
    }

    private static bool IsAllowed(XElement option, string? kind, SourceIndex index)
    {
        if (!int.TryParse(option.Attribute("value")?.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        return index.IsPublisherOptionValue(value) || (kind == "status" && value is 1 or 2);
    }
}
