using System;
using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// The platform messages a solution's step may be registered on, by the sdkmessageid an exported step names its message
/// with (SdkMessageProcessingStep/SdkMessageId): platform messages keep their id in every environment. One source for
/// the solution packer (linked into SocialCrm.Solution), which writes the ids, and LocalDataverse's import, which reads them.
/// </summary>
internal static class SystemMessages
{
    /// <summary>
    /// The messages of Dynamics CRM 4, whose ids exported steps and registration code on GitHub carry alike (e.g. Create
    /// 9ebdbb1b-… and Update 20bebb1b-… in exported SdkMessageProcessingSteps and in the hard-coded message lists of
    /// plug-in registration tools: search "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8").
    /// </summary>
    private static readonly SystemMessage[] Published =
    {
        new("Assign", new Guid("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"), IsPublished: true, ImageProperty: "Target"),
        new("Create", new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"), IsPublished: true, ImageProperty: "id"),
        new("Delete", new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"), IsPublished: true, ImageProperty: "Target"),
        new("Retrieve", new Guid("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8"), IsPublished: true),
        new("RetrieveMultiple", new Guid("03bebb1b-ea3e-db11-86a7-000a3a5473e8"), IsPublished: true),
        new("SetState", new Guid("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"), IsPublished: true, ImageProperty: "EntityMoniker"),
        new("Update", new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8"), IsPublished: true, ImageProperty: "Target"),
    };

    /// <summary>
    /// Messages added since (Upsert in 2015, the bulk messages in 2023), whose sdkmessageid no Microsoft page, sample or
    /// public export we could find states. Until one is found, their ids are provisional: RFC 4122 version-5 UUIDs of
    /// "sdkmessage:&lt;name&gt;" in the URL namespace, so that packing and LocalDataverse agree. Before importing into a real
    /// environment, replace each with that environment's GET /api/data/v9.2/sdkmessages?$filter=name eq '&lt;name&gt;'
    /// &amp;$select=sdkmessageid, and mark it published.
    /// </summary>
    private static readonly SystemMessage[] Provisional =
    {
        new("Upsert", new Guid("534e742c-5af4-5f95-9c05-f964614efa4a"), IsPublished: false, ImageProperty: "Target"),
        new("CreateMultiple", new Guid("15619df7-d058-5798-bbec-2ce0ab5612c3"), IsPublished: false, ImageProperty: "Targets"),
        new("UpdateMultiple", new Guid("8ee17257-5b21-54ac-889e-c41f17a318fd"), IsPublished: false, ImageProperty: "Targets"),
        new("UpsertMultiple", new Guid("91914213-9f17-5c95-a261-039a539d5e34"), IsPublished: false, ImageProperty: "Targets"),
    };

    public static IReadOnlyList<SystemMessage> All { get; } = Published.Concat(Provisional).ToArray();

    public static SystemMessage? Named(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    public static SystemMessage? WithId(Guid id) => All.FirstOrDefault(m => m.Id == id);
}

/// <summary>
/// A platform message and its sdkmessageid; IsPublished is false while the id is provisional (see SystemMessages).
/// ImageProperty is the request (or, for Create, response) property a step's entity image is taken for
/// (sdkmessageprocessingstepimage.messagepropertyname): the created id for Create, the EntityMoniker of SetState, Target or
/// the bulk messages' Targets otherwise; null where Dataverse offers no image (Retrieve, RetrieveMultiple)
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstepimage#messagepropertyname,
/// https://learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation#entity-images).
/// </summary>
internal sealed record SystemMessage(string Name, Guid Id, bool IsPublished, string? ImageProperty = null);
