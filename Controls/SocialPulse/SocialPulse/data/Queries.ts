// The OData query options of each panel: one request per panel, filtered on the server, never one call per row.
// Options are what Xrm.WebApi takes after the entity set: https://learn.microsoft.com/power-apps/developer/component-framework/reference/webapi/retrievemultiplerecords

/** A GUID as OData writes it in a filter (no braces, lower case); anything else is refused before it reaches a query. */
export function odataGuid(id: string): string {
    const bare = id.replace(/[{}]/g, "").toLowerCase();
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(bare)) {
        throw new Error(`'${id}' is not a record id.`);
    }
    return bare;
}

const mentionColumns = [
    "activityid", "subject", "description", "scrm_platform", "scrm_postedon", "scrm_sentimentscore", "scrm_sentimentlabel",
    "scrm_direction", "scrm_authorhandle", "scrm_authordisplayname", "_regardingobjectid_value",
].join(",");

// The conversation of each mention comes along by lookup ($expand of a single-valued navigation), so escalations are
// marked from the same response.
const regardingConversation = "$expand=RegardingObjectId($select=scrm_escalatedon,scrm_escalationreason)";

/** The person's own posts on every network: mentions whose author profile is linked to the contact. */
export function personMentions(contactId: string, top: number): string {
    return `?$select=${mentionColumns}&$filter=scrm_AuthorProfileId/_scrm_contactid_value eq ${odataGuid(contactId)}`
        + `&${regardingConversation}&$orderby=scrm_postedon desc&$top=${top}`;
}

/** The conversation's thread, both directions, oldest first. */
export function threadMentions(conversationId: string, top: number): string {
    return `?$select=${mentionColumns}&$filter=_regardingobjectid_value eq ${odataGuid(conversationId)}`
        + `&${regardingConversation}&$orderby=scrm_postedon asc&$top=${top}`;
}

/** The person's open conversations, with the case each raised, longest waiting first. */
export function openConversations(contactId: string): string {
    return "?$select=scrm_name,scrm_platform,statuscode,scrm_lastinboundon,scrm_lastoutboundon,_scrm_caseid_value"
        + `&$filter=_scrm_contactid_value eq ${odataGuid(contactId)} and statecode eq 0`
        + "&$expand=scrm_CaseId($select=title,ticketnumber)&$orderby=scrm_lastinboundon asc";
}

/** The person's identities, most influential first. */
export function profiles(contactId: string): string {
    return "?$select=scrm_platform,scrm_handle,scrm_displayname,scrm_followers,scrm_influencescore,scrm_verified,scrm_profileurl"
        + `&$filter=_scrm_contactid_value eq ${odataGuid(contactId)}&$orderby=scrm_influencescore desc`;
}
