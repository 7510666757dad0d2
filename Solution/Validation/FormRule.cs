using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>A form file holds one form of a known type, is named after its id, and its subgrids use relationships and views the solution has.</summary>
public sealed class FormRule : ISolutionRule
{
    // SystemFormType of CustomizationsSolution.xsd: the folder names under FormXml/.
    private static readonly string[] FormTypes =
    {
        "main", "preview", "appointmentBook", "minicampaignbo", "mobile", "dashboard", "interactioncentricdashboard", "other",
        "quick", "quickCreate", "card", "mainInteractionCentric", "taskBasedForm", "dialog",
    };

    private const string SubgridClass = "{E7A81278-8635-4D9E-8D4D-59480B391C5B}";

    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        foreach (var form in source.Entities.SelectMany(e => e.Forms))
        {
            var document = form.Document;
            if (!FormTypes.Contains(form.FormType, StringComparer.Ordinal))
            {
                yield return document.Problem($"FormXml/{form.FormType} is not a form type; use one of {string.Join(", ", FormTypes)}.");
            }

            var systemForms = document.Root.Elements("systemform").ToList();
            if (document.Root.Name != "forms" || systemForms.Count != 1)
            {
                yield return document.Problem("The file must be <forms> holding exactly one <systemform>.");
                continue;
            }

            var formId = systemForms[0].Element("formid");
            if (SourceIndex.IdOf(formId?.Value) is not { } id || SourceIndex.IdOf(document.ComponentName) != id)
            {
                yield return document.Problem(formId ?? systemForms[0], "<formid> must be a GUID and the file must be named {formid}.xml.");
            }

            foreach (var control in systemForms[0].Descendants("control")
                         .Where(c => string.Equals(c.Attribute("classid")?.Value, SubgridClass, StringComparison.OrdinalIgnoreCase)))
            {
                var parameters = control.Element("parameters");
                var relationship = parameters?.ChildText("RelationshipName");
                if (relationship != null && !index.Relationships.Contains(relationship))
                {
                    yield return document.Problem(control, $"The subgrid's relationship {relationship} is not defined under Other/Relationships.");
                }

                var target = parameters?.ChildText("TargetEntityType");
                if (target != null && index.Tables.Contains(target) && SourceIndex.IdOf(parameters?.ChildText("ViewId")) is { } view && !index.Views.Contains(view))
                {
                    yield return document.Problem(control, $"The subgrid's view {view:B} is not a view of {target} in the solution.");
                }
            }
        }
    }
}
