using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;
using Api = SocialCrm.Plugins.Schema.CustomApis.ResolveSocialIdentity;

namespace SocialCrm.Plugins.CustomApis;

/// <summary>
/// scrm_ResolveSocialIdentity: finds or creates the social profile of a person on a network and links it to a contact
/// when the evidence is strong, exactly as mention intake resolves an author (<see cref="AuthorResolution"/>).
/// </summary>
[CustomApi(Api.Name, "Resolve Social Identity", "Finds the social profile of a user on a network, creating it if new, and links it to a contact when the evidence is strong.", ExecutePrivilegeName = "prvCreatescrm_SocialProfile")]
[CustomApiRequestParameter(Api.Platform, CustomApiFieldType.Integer, "Network, as a scrm_platform value.")]
[CustomApiRequestParameter(Api.ExternalUserId, CustomApiFieldType.String, "The network's id of the user.")]
[CustomApiRequestParameter(Api.Handle, CustomApiFieldType.String, "Handle on the network.", IsOptional = true)]
[CustomApiRequestParameter(Api.DisplayName, CustomApiFieldType.String, "Name the user shows on the network.", IsOptional = true)]
[CustomApiRequestParameter(Api.Email, CustomApiFieldType.String, "E-mail address the user gave.", IsOptional = true)]
[CustomApiRequestParameter(Api.AsOf, CustomApiFieldType.DateTime, "When the network said this (UTC), which orders it among the user's posts; the time of the call when absent.", IsOptional = true)]
[CustomApiRequestParameter(Api.AccountStatus, CustomApiFieldType.Integer, "State of the user's account on the network, as a scrm_accountstatus value.", IsOptional = true)]
[CustomApiResponseProperty(Api.Profile, CustomApiFieldType.EntityReference, "The resolved social profile.", EntityLogicalName = SocialProfileTable.LogicalName)]
[CustomApiResponseProperty(Api.Created, CustomApiFieldType.Boolean, "Whether the profile was created by this call.")]
[CustomApiResponseProperty(Api.Contact, CustomApiFieldType.EntityReference, "Contact the profile is linked to, when linked.", EntityLogicalName = StandardTables.Contact.LogicalName)]
public sealed class ResolveSocialIdentityApi : PluginBase
{
    public ResolveSocialIdentityApi(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(ResolveSocialIdentityApi))
    {
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var input = context.PluginExecutionContext.InputParameters;
        var platform = input.OptionalInteger(Api.Platform);
        var author = new MentionAuthor(
            input.Optional<string>(Api.ExternalUserId),
            input.Optional<string>(Api.Handle),
            input.Optional<string>(Api.DisplayName),
            input.Optional<string>(Api.Email)).Normalized();
        var problems = AuthorValidation.Problems(platform, author);
        var accountStatus = input.OptionalInteger(Api.AccountStatus);
        if (accountStatus.HasValue && !Enum.IsDefined(typeof(AccountStatus), accountStatus.Value))
        {
            problems.Add($"{Api.AccountStatus} must be a scrm_accountstatus value ({string.Join(", ", Enum.GetValues(typeof(AccountStatus)).Cast<int>())}), not {accountStatus.Value}.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(string.Join(" ", problems));
        }

        var service = context.PluginUserService;
        var settings = OperationSettings.Read(context);
        var stores = DataverseStores.For(service);
        var resolution = new AuthorResolution(stores.Profiles, stores.Contacts, settings.AutoCreateContacts);
        var saidOn = SaidOn(context.PluginExecutionContext, input);
        var request = new AuthorToResolve((SocialPlatform)platform!.Value, author, postedOn: saidOn);
        var resolved = resolution.Resolve(new[] { request })[request.Key];
        if (accountStatus.HasValue)
        {
            // Dataverse judges the order, so a second worker, a workflow step or a direct call cannot put an older status back.
            if (resolved.Created || AccountStatusOrder.Replaces(saidOn, stores.Profiles.AccountStatusAsOf(resolved.ProfileId)))
            {
                stores.Profiles.SetAccountStatus(resolved.ProfileId, (AccountStatus)accountStatus.Value, AccountStatusOrder.AsStored(saidOn));
            }
            else
            {
                context.Trace($"Account status {accountStatus.Value} said on {saidOn:o} is older than the one the profile shows: ignored.");
            }
        }

        var output = context.PluginExecutionContext.OutputParameters;
        output[Api.Profile] = new EntityReference(SocialProfileTable.LogicalName, resolved.ProfileId);
        output[Api.Created] = resolved.Created;
        if (resolved.ContactId.HasValue)
        {
            output[Api.Contact] = new EntityReference(StandardTables.Contact.LogicalName, resolved.ContactId.Value);
        }

        context.Trace(resolved.Decision.LinkReason);
    }

    /// <summary>
    /// When the network said what the call gives: its AsOf, so an event that overtook a later post on its way here does not
    /// undo it; without one, the call says who the person is now. Never after the call: a clock ahead of ours must not
    /// make the call newer than posts the network sends after it.
    /// </summary>
    private static DateTime SaidOn(IPluginExecutionContext context, ParameterCollection input)
    {
        var called = context.OperationCreatedOn;
        return input.OptionalUtcDate(Api.AsOf) is { } asOf && asOf < called ? asOf : called;
    }
}
