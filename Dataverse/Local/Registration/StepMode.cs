namespace SocialCrm.Dataverse.Local.Registration;

/// <summary>sdkmessageprocessingstep.mode: 0 synchronous, 1 asynchronous.</summary>
public enum StepMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
