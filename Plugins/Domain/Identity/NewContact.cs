using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;

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

    /// <summary>
    /// First and last name from the display name (the last word is the last name); without a display name, the e-mail
    /// address's local part as last name. Null when there is neither: a handle is not a name.
    /// </summary>
    internal static NewContact? From(ProfileValues profile) => From(profile.DisplayName, profile.Email);

    internal static NewContact? From(string? displayName, string? email)
    {
        if (displayName != null)
        {
            var space = displayName.LastIndexOf(' ');
            var firstName = space > 0 ? displayName.Substring(0, space) : null;
            var lastName = space > 0 ? displayName.Substring(space + 1) : displayName;
            return new NewContact(
                firstName == null ? null : Ellipsis.Fit(firstName, StandardTables.Contact.FirstNameLength),
                Ellipsis.Fit(lastName, StandardTables.Contact.LastNameLength),
                email);
        }

        if (email != null)
        {
            var at = email.IndexOf('@');
            var localPart = at > 0 ? email.Substring(0, at) : email;
            return new NewContact(null, Ellipsis.Fit(localPart, StandardTables.Contact.LastNameLength), email);
        }

        return null;
    }
}
