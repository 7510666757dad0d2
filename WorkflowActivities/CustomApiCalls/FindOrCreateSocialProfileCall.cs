using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.WorkflowActivities.CustomApiCalls;

/// <summary>
/// Find or Create Social Profile: platform, external user id, handle, display name, as of, account status -> profile, created. The platform is
/// checked by the mention rules the Custom API applies (compiled into this assembly from Mentions/), so a designer's
/// wrong choice is named on the step before the call.
/// </summary>
public static class FindOrCreateSocialProfileCall
{
    public const string Step = "Find or Create Social Profile";

    /// <param name="asOf">When the network said what the step gives; an unset date input (DateTime's default) is sent as
    /// absent, so the Custom API dates the call itself.</param>
    /// <param name="accountStatus">The state of the account on the network; the Custom API shows it on the profile unless the
    /// profile already shows one the network said later.</param>
    public static OrganizationRequest BuildRequest(OptionSetValue? platform, string? externalUserId, string? handle, string? displayName, DateTime asOf = default,
        OptionSetValue? accountStatus = null)
    {
        if (MentionRules.Platform(platform?.Value) is { } problem)
        {
            throw new InvalidPluginExecutionException($"{Step}: the input '{CustomApis.ResolveSocialIdentity.Platform}' {problem}.");
        }

        var request = new OrganizationRequest(CustomApis.ResolveSocialIdentity.Name)
        {
            [CustomApis.ResolveSocialIdentity.Platform] = platform!.Value,
            [CustomApis.ResolveSocialIdentity.ExternalUserId] = CustomApiArguments.RequireText(Step, CustomApis.ResolveSocialIdentity.ExternalUserId, externalUserId).Trim(),
        };
        CustomApiArguments.SetOptionalText(request, CustomApis.ResolveSocialIdentity.Handle, handle);
        CustomApiArguments.SetOptionalText(request, CustomApis.ResolveSocialIdentity.DisplayName, displayName);
        if (asOf != default)
        {
            request[CustomApis.ResolveSocialIdentity.AsOf] = asOf;
        }

        if (accountStatus != null)
        {
            request[CustomApis.ResolveSocialIdentity.AccountStatus] = accountStatus.Value;
        }

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
