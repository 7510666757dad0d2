using System;

namespace SocialCrm.Plugins.Domain.Settings;

/// <summary>An environment variable holds a value SocialCrm cannot use; the message names the variable.</summary>
public sealed class InvalidSettingException : Exception
{
    public InvalidSettingException(string variableName, string message)
        : base(message)
    {
        VariableName = variableName;
    }

    /// <summary>Schema name of the environment variable, e.g. scrm_ReopenWindowDays.</summary>
    public string VariableName { get; }
}
