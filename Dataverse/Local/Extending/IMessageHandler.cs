using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Extending;

/// <summary>
/// A message a test author teaches LocalDataverse, as FakeXrmEasy's IFakeMessageExecutor does: the main operation of
/// requests named <see cref="MessageName"/>. The pipeline runs around it as around any message (call log, depth check,
/// plug-in steps registered on the message, one transaction); a platform message of the same name is replaced.
/// </summary>
public interface IMessageHandler
{
    string MessageName { get; }

    OrganizationResponse Handle(OrganizationRequest request, MessageScope scope);
}
