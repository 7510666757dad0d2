namespace SocialCrm.Plugins.Registration;

/// <summary>
/// sdkmessageprocessingstep.stage: where in the event pipeline a step runs.
/// https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline
/// </summary>
public enum PluginStepStage
{
    /// <summary>Before the main operation, outside the database transaction for a top-level request.</summary>
    PreValidation = 10,

    /// <summary>Before the main operation, inside the transaction: changes to the target are written with it.</summary>
    PreOperation = 20,

    /// <summary>After the main operation, inside the transaction when synchronous.</summary>
    PostOperation = 40,
}
