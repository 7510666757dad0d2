import { OpenConversation } from "../model/Pulse";
import { formatWaiting, waitingSince } from "../model/Waiting";
import { formatTime, html } from "./Elements";

/** Open conversations as a table: network, status, how long the customer has waited since their last message, case. */
export function conversationsView(conversations: readonly OpenConversation[], now: Date): HTMLElement {
    const header = html("tr", {}, ...["Conversation", "Network", "Status", "Waiting", "Case"].map(h => html("th", { scope: "col" }, h)));
    const rows = conversations.map(conversation => {
        const since = waitingSince(conversation);
        const waiting = since === null
            ? html("td", { class: "pulse-waiting pulse-waiting--none" }, "Not waiting")
            : html("td", { class: "pulse-waiting", "data-waiting-since": since.toISOString(), title: `Since ${formatTime(since)}` },
                formatWaiting(now.getTime() - since.getTime()));
        const caseText = conversation.caseTitle === null ? "No case" : `${conversation.caseNumber ?? ""} ${conversation.caseTitle}`.trim();
        return html("tr", { "data-conversation-id": conversation.id },
            html("th", { scope: "row" }, conversation.name),
            html("td", {}, conversation.network),
            html("td", { class: "pulse-status" }, conversation.status),
            waiting,
            html("td", { class: conversation.caseTitle === null ? "pulse-case pulse-case--none" : "pulse-case" }, caseText));
    });
    return html("table", { class: "pulse-table" },
        html("caption", { class: "pulse-visually-hidden" }, `${conversations.length} open conversations, longest waiting first`),
        html("thead", {}, header), html("tbody", {}, ...rows));
}
