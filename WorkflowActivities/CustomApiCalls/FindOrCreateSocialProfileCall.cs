using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.WorkflowActivities.CustomApiCalls;

/// <summary>
/// Find or Create Social Profile: platform, external user id, handle, display name -> profile, created. Whether the
/// platform value is a network is the Custom API's rule (it refuses others, naming the parameter): checking it here
/// would need the plug-in assembly's SocialPlatform, and Dataverse loads this assembly on its own.
/// </summary>
public static class FindOrCreateSocialProfileCall
{
    public const string Step = "Find or Create Social Profile";

    public static OrganizationRequest BuildRequest(OptionSetValue? platform, string? externalUserId, string? handle, string? displayName)
    {
        if (platform == null)
        {
            throw new InvalidPluginExecutionException($"{Step}: the input '{CustomApis.ResolveSocialIdentity.Platform}' is required: choose a platform.");
        }
        var request = new OrganizationRequest(CustomApis.ResolveSocialIdentity.Name)
        {
            [CustomApis.ResolveSocialIdentity.Platform] = platform.Value,
            [CustomApis.ResolveSocialIdentity.ExternalUserId] = CustomApiArguments.RequireText(Step, CustomApis.ResolveSocialIdentity.ExternalUserId, externalUserId).Trim(),
        };
        CustomApiArguments.SetOptionalText(request, CustomApis.ResolveSocialIdentity.Handle, handle);
        CustomApiArguments.SetOptionalText(request, CustomApis.ResolveSocialIdentity.DisplayName, displayName);
        return request;
    }

    public static FindOrCreateSocialProfileOutputs ReadResponse(OrganizationResponse response) =>
        new FindOrCreateSocialProfileOutputs(
            CustomApiArguments.RequireOutput<EntityReference>(Step, response, CustomApis.ResolveSocialIdentity.Profile),
            CustomApiArguments.RequireOutput<bool>(Step, response, CustomApis.ResolveSocialIdentity.Created));
}

public sealed class FindOrCreateSocialProfileOutputs
{
    public FindOrCreateSocialProfileOutputs(EntityReference profile, bool created)
    {
        Profile = profile;
        Created = created;
    }

    public EntityReference Profile { get; }

    public bool Created { get; }
}
