import { MentionPoint, OpenConversation, SentimentLabel, SocialProfile } from "../model/Pulse";

type Row = ComponentFramework.WebApi.Entity;

// Choice values of the solution's option sets (Solution/src/OptionSets).
const inbound = 746500000;
const sentimentLabels: Record<number, SentimentLabel> = { 746500000: "positive", 746500001: "neutral", 746500002: "negative" };

// The Web API sends a choice's label as this annotation when the request prefers it:
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/format-results#formatted-values
const formatted = "@OData.Community.Display.V1.FormattedValue";

function text(row: Row, column: string): string | null {
    const value: unknown = row[column];
    return typeof value === "string" ? value : null;
}

function numeric(row: Row, column: string): number | null {
    const value: unknown = row[column];
    return typeof value === "number" ? value : null;
}

function date(row: Row, column: string): Date | null {
    const value = text(row, column);
    return value === null ? null : new Date(value);
}

function label(row: Row, column: string): string {
    return text(row, column + formatted) ?? String(numeric(row, column) ?? "");
}

function conversationOf(row: Row): Row | null {
    const expanded: unknown = row.RegardingObjectId;
    return typeof expanded === "object" && expanded !== null ? (expanded as Row) : null;
}

export function toMentions(rows: readonly Row[]): MentionPoint[] {
    const points = rows.map(row => {
        const score = numeric(row, "scrm_sentimentscore");
        return {
            id: text(row, "activityid") ?? "",
            network: label(row, "scrm_platform") || "Other",
            postedOn: date(row, "scrm_postedon") ?? new Date(0),
            score,
            label: sentimentLabels[numeric(row, "scrm_sentimentlabel") ?? -1] ?? "unscored",
            text: text(row, "description") ?? text(row, "subject") ?? "",
            inbound: numeric(row, "scrm_direction") !== inbound + 1,
            author: text(row, "scrm_authordisplayname") ?? text(row, "scrm_authorhandle") ?? "",
            conversationId: text(row, "_regardingobjectid_value"),
            escalation: null,
        } satisfies MentionPoint;
    });
    markEscalations(points, rows);
    return points;
}

// A conversation escalated at some moment: the mark goes on its last mention posted by then (or its last mention,
// when the escalation's clock ran ahead of every post).
function markEscalations(points: MentionPoint[], rows: readonly Row[]): void {
    const escalations = new Map<string, { on: Date; reason: string }>();
    rows.forEach(row => {
        const conversation = conversationOf(row);
        const on = conversation === null ? null : date(conversation, "scrm_escalatedon");
        const id = text(row, "_regardingobjectid_value");
        if (conversation !== null && on !== null && id !== null) {
            escalations.set(id, { on, reason: text(conversation, "scrm_escalationreason") ?? "Escalated" });
        }
    });
    escalations.forEach((escalation, conversationId) => {
        const mentions = points
            .filter(p => p.conversationId === conversationId)
            .sort((a, b) => a.postedOn.getTime() - b.postedOn.getTime());
        const before = mentions.filter(p => p.postedOn.getTime() <= escalation.on.getTime());
        const marked = before[before.length - 1] ?? mentions[mentions.length - 1];
        if (marked !== undefined) {
            marked.escalation = escalation.reason;
        }
    });
}

export function toConversations(rows: readonly Row[]): OpenConversation[] {
    return rows.map(row => {
        const caseRow: unknown = row.scrm_CaseId;
        const incident = typeof caseRow === "object" && caseRow !== null ? (caseRow as Row) : null;
        return {
            id: text(row, "scrm_conversationid") ?? "",
            name: text(row, "scrm_name") ?? "",
            network: label(row, "scrm_platform") || "Other",
            status: label(row, "statuscode"),
            lastInboundOn: date(row, "scrm_lastinboundon"),
            lastOutboundOn: date(row, "scrm_lastoutboundon"),
            caseTitle: incident === null ? null : text(incident, "title"),
            caseNumber: incident === null ? null : text(incident, "ticketnumber"),
        };
    });
}

export function toProfiles(rows: readonly Row[]): SocialProfile[] {
    return rows.map(row => ({
        id: text(row, "scrm_socialprofileid") ?? "",
        network: label(row, "scrm_platform") || "Other",
        handle: text(row, "scrm_handle") ?? "",
        displayName: text(row, "scrm_displayname") ?? "",
        followers: numeric(row, "scrm_followers"),
        influence: numeric(row, "scrm_influencescore"),
        verified: row.scrm_verified === true,
        profileUrl: text(row, "scrm_profileurl"),
    }));
}
