namespace SocialCrm.Plugins.Registration;

/// <summary>sdkmessageprocessingstep.mode.</summary>
public enum PluginStepMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
