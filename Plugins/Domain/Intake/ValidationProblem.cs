namespace SocialCrm.Plugins.Domain.Intake;

/// <summary>One rule an incoming mention breaks: the column (schema logical name) and a message naming it.</summary>
public sealed class ValidationProblem
{
    public ValidationProblem(string column, string message)
    {
        Column = column;
        Message = message;
    }

    /// <summary>Logical name of the offending column, e.g. scrm_externalpostid.</summary>
    public string Column { get; }

    /// <summary>"&lt;column&gt; &lt;rule&gt;: &lt;detail&gt;." A full sentence a user can act on.</summary>
    public string Message { get; }

    public override string ToString() => Message;
}
