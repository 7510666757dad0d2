namespace SocialCrm.Dataverse.Local.Registration;

/// <summary>
/// The stages of the event pipeline, with Dataverse's values.
/// https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline
/// </summary>
public enum PipelineStage
{
    PreValidation = 10,
    PreOperation = 20,
    MainOperation = 30,
    PostOperation = 40,
}
