namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>A contact to create for a person no contact matches (firstname, lastname, emailaddress1).</summary>
public sealed class NewContact
{
    public NewContact(string? firstName, string lastName, string? email)
    {
        FirstName = firstName;
        LastName = lastName;
        Email = email;
    }

    public string? FirstName { get; }

    /// <summary>Required by the contact table.</summary>
    public string LastName { get; }

    public string? Email { get; }
}
