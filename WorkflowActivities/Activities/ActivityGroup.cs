namespace SocialCrm.WorkflowActivities.Activities;

/// <summary>
/// The workflow designer's group of SocialCrm's activities: each activity's [Category], which the packer writes as its
/// plug-in type's WorkflowActivityGroupName.
/// </summary>
internal static class ActivityGroup
{
    public const string Name = "Social CRM";
}
