namespace SocialCrm.Plugins.Schema;

/// <summary>The standard Dataverse tables SocialCrm uses and never replaces, and the columns it reads or writes.</summary>
public static class StandardTables
{
    public static class Contact
    {
        public const string LogicalName = "contact";
        public const string PrimaryId = "contactid";
        public const string FirstName = "firstname";
        public const string LastName = "lastname";
        public const string FullName = "fullname";
        public const string Email = "emailaddress1";

        public const int FirstNameLength = 50;
        public const int LastNameLength = 50;
        public const int EmailLength = 100;
    }

    public static class Account
    {
        public const string LogicalName = "account";
        public const string PrimaryId = "accountid";
    }

    public static class Team
    {
        public const string LogicalName = "team";
    }

    /// <summary>
    /// queue and its AddToQueue message (Target, DestinationQueueId -> QueueItemId).
    /// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.addtoqueuerequest
    /// </summary>
    public static class Queue
    {
        public const string LogicalName = "queue";
        public const string AddToQueue = "AddToQueue";
        public const string Target = "Target";
        public const string DestinationQueueId = "DestinationQueueId";
        public const string QueueItemId = "QueueItemId";
    }

    /// <summary>incident (case). https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/incident</summary>
    public static class Incident
    {
        public const string LogicalName = "incident";
        public const string PrimaryId = "incidentid";
        public const string Title = "title";
        public const string Description = "description";
        public const string Customer = "customerid";
        public const string Priority = "prioritycode";
        public const string Origin = "caseorigincode";
        public const string StateCode = "statecode";
        public const string CaseType = "casetypecode";
        public const string Owner = "ownerid";

        public const int TitleLength = 200;
        public const int DescriptionLength = 2000;

    }
}
