using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>
/// The minimal set of standard tables the product touches, with the columns it reads or writes. Column names, types and
/// lengths follow the table reference on Microsoft Learn
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/about-entity-reference).
/// A solution may add columns to these tables; it never replaces them.
/// </summary>
public static class StandardTables
{
    public static IEnumerable<TableDefinition> All()
    {
        yield return BusinessUnit();
        yield return SystemUser();
        yield return Team();
        yield return Account();
        yield return Contact();
        yield return Incident();
        yield return Queue();
        yield return QueueItem();
        yield return ActivityPointer();
        yield return EnvironmentVariableDefinition();
        yield return EnvironmentVariableValue();
        yield return AsyncOperation();
    }

    public static IEnumerable<RelationshipDefinition> Relationships()
    {
        yield return new RelationshipDefinition("business_unit_system_users", "businessunit", "systemuser", "businessunitid");
        yield return new RelationshipDefinition("contact_customer_accounts", "account", "contact", "parentcustomerid");
        yield return new RelationshipDefinition("account_primary_contact", "contact", "account", "primarycontactid");
        yield return new RelationshipDefinition("incident_customer_accounts", "account", "incident", "customerid");
        yield return new RelationshipDefinition("incident_customer_contacts", "contact", "incident", "customerid");
        yield return new RelationshipDefinition("queue_entries", "queue", "queueitem", "queueid");

        // Enabling queues for a table is what gives it a relationship to queueitem's objectid; case is queue-enabled.
        yield return new RelationshipDefinition(QueueEnabled.RelationshipName("incident"), "incident", "queueitem", QueueEnabled.ObjectColumn);
        yield return new RelationshipDefinition(
            "environmentvariabledefinition_environmentvariablevalue", "environmentvariabledefinition", "environmentvariablevalue", "environmentvariabledefinitionid");
    }

    private static TableDefinition BusinessUnit() =>
        new TableBuilder("businessunit").OwnedBy(OwnershipType.None).WithPrimaryName("name", 160, RequiredLevel.SystemRequired).Build();

    private static TableDefinition SystemUser() =>
        new TableBuilder("systemuser").OwnedBy(OwnershipType.None)
            .WithPrimaryName("fullname", 200)
            .WithString("firstname", 256)
            .WithString("lastname", 256)
            .WithString("domainname", 1024)
            .WithString("internalemailaddress", 100)
            .WithBoolean("isdisabled")
            .WithGuid("applicationid")
            .WithGuid("azureactivedirectoryobjectid")
            .WithLookup("businessunitid", "businessunit")
            .Build();

    private static TableDefinition Team() =>
        new TableBuilder("team").OwnedBy(OwnershipType.None)
            .WithPrimaryName("name", 160, RequiredLevel.SystemRequired)
            .WithChoice("teamtype", new OptionDefinition(0, "Owner"), new OptionDefinition(1, "Access"), new OptionDefinition(2, "Security Group"), new OptionDefinition(3, "Office Group"))
            .WithLookup("administratorid", "systemuser")
            .WithLookup("businessunitid", "businessunit")
            .WithGuid("azureactivedirectoryobjectid")
            .Build();

    private static TableDefinition Account() =>
        new TableBuilder("account")
            .WithPrimaryName("name", 160)
            .WithString("accountnumber", 20)
            .WithString("emailaddress1", 100)
            .WithString("telephone1", 50)
            .WithString("websiteurl", 200)
            .WithMemo("description", 2000)
            .WithLookup("primarycontactid", "contact")
            .WithLookup("parentaccountid", "account")
            .Build();

    private static TableDefinition Contact() =>
        new TableBuilder("contact")
            .WithPrimaryName("fullname", 160)
            .WithString("firstname", 50)
            .WithString("middlename", 50)
            .WithString("lastname", 50)
            .WithString("emailaddress1", 100)
            .WithString("emailaddress2", 100)
            .WithString("emailaddress3", 100)
            .WithString("telephone1", 50)
            .WithString("mobilephone", 50)
            .WithString("jobtitle", 100)
            .WithMemo("description", 2000)
            .WithCustomer("parentcustomerid")
            .WithFindColumns("fullname", "emailaddress1")
            .Build();

    // Case origins 2483 (Facebook) and 3986 (Twitter) are the values Dataverse ships for social cases.
    private static TableDefinition Incident() =>
        new TableBuilder("incident")
            .WithPrimaryName("title", 200, RequiredLevel.ApplicationRequired)
            .WithString("ticketnumber", 100)
            .WithMemo("description", 2000)
            .WithCustomer("customerid", RequiredLevel.ApplicationRequired)
            .WithLookup("primarycontactid", "contact")
            .WithChoice("prioritycode", new OptionDefinition(1, "High"), new OptionDefinition(2, "Normal"), new OptionDefinition(3, "Low"))
            .WithChoice("caseorigincode",
                new OptionDefinition(1, "Phone"), new OptionDefinition(2, "Email"), new OptionDefinition(3, "Web"),
                new OptionDefinition(2483, "Facebook"), new OptionDefinition(3986, "Twitter"), new OptionDefinition(700610000, "IoT"))
            .WithChoice("casetypecode", new OptionDefinition(1, "Question"), new OptionDefinition(2, "Problem"), new OptionDefinition(3, "Request"))
            .WithStates(
                new[] { new OptionDefinition(0, "Active"), new OptionDefinition(1, "Resolved"), new OptionDefinition(2, "Cancelled") },
                new[]
                {
                    new OptionDefinition(1, "In Progress", 0), new OptionDefinition(2, "On Hold", 0),
                    new OptionDefinition(3, "Waiting for Details", 0), new OptionDefinition(4, "Researching", 0),
                    new OptionDefinition(5, "Problem Solved", 1), new OptionDefinition(1000, "Information Provided", 1),
                    new OptionDefinition(6, "Cancelled", 2), new OptionDefinition(2000, "Merged", 2),
                })
            .Build();

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/queue
    private static TableDefinition Queue() =>
        new TableBuilder("queue")
            .WithPrimaryName("name", 160, RequiredLevel.SystemRequired)
            .WithString("emailaddress", 100)
            .WithMemo("description", 2000)
            .WithChoice("queueviewtype", new OptionDefinition(0, "Public"), new OptionDefinition(1, "Private"))
            .Build();

    // A row in a queue; no owner of its own. https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/queueitem
    private static TableDefinition QueueItem() =>
        new TableBuilder("queueitem").OwnedBy(OwnershipType.None)
            .WithPrimaryName("title", 300)
            .WithColumn(new ColumnDefinition("queueid", ColumnType.Lookup, RequiredLevel.SystemRequired, targets: new[] { "queue" }))
            .WithLookup(QueueEnabled.ObjectColumn)
            .WithDateTime("enteredon")
            .WithColumn(new ColumnDefinition("workerid", ColumnType.Lookup, targets: new[] { "systemuser", "team" }))
            .Build();

    private static TableDefinition ActivityPointer() =>
        new TableBuilder("activitypointer").AsActivity().WithEntitySetName("activitypointers").WithPrimaryName("subject", 400).Build();

    // Type values of environment variables:
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition
    private static TableDefinition EnvironmentVariableDefinition() =>
        new TableBuilder("environmentvariabledefinition")
            .WithPrimaryName("schemaname", 100, RequiredLevel.SystemRequired)
            .WithString("displayname", 100)
            .WithMemo("description", 2000)
            .WithMemo("defaultvalue", 2000)
            .WithBoolean("isrequired")
            .WithChoice("type",
                new OptionDefinition(100000000, "String"), new OptionDefinition(100000001, "Number"),
                new OptionDefinition(100000002, "Boolean"), new OptionDefinition(100000003, "JSON"),
                new OptionDefinition(100000004, "Data source"), new OptionDefinition(100000005, "Secret"))
            .Build();

    private static TableDefinition EnvironmentVariableValue() =>
        new TableBuilder("environmentvariablevalue")
            .WithPrimaryName("schemaname", 100)
            .WithMemo("value", 2000)
            .WithLookup("environmentvariabledefinitionid", "environmentvariabledefinition")
            .Build();

    // The system job: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation
    private static TableDefinition AsyncOperation() =>
        new TableBuilder("asyncoperation")
            .WithPrimaryName("name", 500)
            .WithChoice("operationtype", new OptionDefinition(1, "System Event"))
            .WithString("messagename", 160)
            .WithString("primaryentitytype", 64)
            .WithLookup("regardingobjectid")
            .WithMemo("message", 1048576)
            .WithMemo("friendlymessage", 1048576)
            .WithMemo("data", 1048576)
            .WithGuid("correlationid")
            .WithInteger("depth")
            .WithInteger("errorcode")
            .WithDateTime("startedon")
            .WithDateTime("completedon")
            .WithStates(
                new[] { new OptionDefinition(0, "Ready"), new OptionDefinition(1, "Suspended"), new OptionDefinition(2, "Locked"), new OptionDefinition(3, "Completed") },
                new[]
                {
                    new OptionDefinition(0, "Waiting For Resources", 0), new OptionDefinition(10, "Waiting", 1),
                    new OptionDefinition(20, "In Progress", 2), new OptionDefinition(21, "Pausing", 2), new OptionDefinition(22, "Canceling", 2),
                    new OptionDefinition(30, "Succeeded", 3), new OptionDefinition(31, "Failed", 3), new OptionDefinition(32, "Canceled", 3),
                })
            .Build();
}
