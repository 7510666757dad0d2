using System.Collections.Generic;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>A role file is named after its role and carries the role's fixed id.</summary>
public sealed class RoleRule : ISolutionRule
{
    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        foreach (var role in source.Merged("Roles"))
        {
            if (role.Root.Name != "Role" || SourceIndex.IdOf(role.Root.Attribute("id")?.Value) == null)
            {
                yield return role.Problem("The root must be <Role> with a GUID id.");
            }
            else if (role.Root.Attribute("name")?.Value != role.ComponentName)
            {
                yield return role.Problem($"The file must be named after the role: {role.Root.Attribute("name")?.Value}.xml.");
            }
        }
    }
}
