using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using Api = SocialCrm.Plugins.Schema.CustomApis.ResolveSocialIdentity;

namespace SocialCrm.WorkflowActivities.CustomApiCalls;

/// <summary>Find or Create Social Profile: platform, external user id, handle, display name -> profile, created.</summary>
public static class FindOrCreateSocialProfileCall
{
    public const string Step = "Find or Create Social Profile";

    public static OrganizationRequest BuildRequest(OptionSetValue? platform, string? externalUserId, string? handle, string? displayName)
    {
        if (platform == null)
        {
            throw new InvalidPluginExecutionException($"{Step}: the input '{Api.Platform}' is required: choose a platform.");
        }
        if (!Enum.IsDefined(typeof(SocialPlatform), platform.Value))
        {
            throw new InvalidPluginExecutionException($"{Step}: the input '{Api.Platform}' has the value {platform.Value}, which is not a Social CRM platform.");
        }
        var request = new OrganizationRequest(Api.Name)
        {
            [Api.Platform] = platform.Value,
            [Api.ExternalUserId] = CustomApiArguments.RequireText(Step, Api.ExternalUserId, externalUserId).Trim(),
        };
        CustomApiArguments.SetOptionalText(request, Api.Handle, handle);
        CustomApiArguments.SetOptionalText(request, Api.DisplayName, displayName);
        return request;
    }

    public static FindOrCreateSocialProfileOutputs ReadResponse(OrganizationResponse response) =>
        new FindOrCreateSocialProfileOutputs(
            CustomApiArguments.RequireOutput<EntityReference>(Step, response, Api.Profile),
            CustomApiArguments.RequireOutput<bool>(Step, response, Api.Created));
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
