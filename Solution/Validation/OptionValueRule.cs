using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>
/// Choice values the solution adds lie in the publisher's range (option value prefix 74650: 746500000 to 746509999), so
/// they cannot collide with another publisher's. The defaults Dataverse gives every table's status (1 and 2) are exempt,
/// and so are an activity table's (1 to 4: open, completed, canceled, scheduled).
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer#BKMK_StatusCode
/// </summary>
public sealed class OptionValueRule : ISolutionRule
{
    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        var documents = source.Entities.Select(e => e.Entity).Concat(source.Merged("optionsets"));
        foreach (var document in documents)
        {
            var isActivity = document.Root.Descendants("IsActivity").Any(flag => flag.Value == "1");
            foreach (var optionSet in document.Root.DescendantsAndSelf("optionset"))
            {
                var kind = optionSet.ChildText("OptionSetType");
                var values = optionSet.Descendants("option").Concat(optionSet.Descendants("status"));
                foreach (var value in values.Where(v => kind != "bit" && !IsAllowed(v, kind, isActivity, index)))
                {
                    yield return document.Problem(value, $"The value must lie in the publisher's range {index.OptionValuePrefix}0000-{index.OptionValuePrefix}9999.");
                }
            }
        }
    }

    private static bool IsAllowed(XElement option, string? kind, bool isActivity, SourceIndex index)
    {
        if (!int.TryParse(option.Attribute("value")?.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        return index.IsPublisherOptionValue(value) || (kind == "status" && (value is 1 or 2 || (isActivity && value is 3 or 4)));
    }
}
