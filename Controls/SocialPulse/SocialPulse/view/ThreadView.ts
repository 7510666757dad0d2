import { MentionPoint } from "../model/Pulse";
import { formatTime, html } from "./Elements";

/** The conversation's thread in posting order, the customer's messages on one side and the company's on the other. */
export function threadView(mentions: readonly MentionPoint[]): HTMLElement {
    return html("ol", { class: "pulse-thread", "aria-label": `${mentions.length} messages, oldest first` }, ...mentions.map(mention => {
        const direction = mention.inbound ? "inbound" : "outbound";
        return html("li", { class: `pulse-message pulse-message--${direction}`, "data-direction": direction, "data-mention-id": mention.id },
            html("span", { class: "pulse-visually-hidden" }, mention.inbound ? "From the customer:" : "From us:"),
            html("p", { class: "pulse-message__text" }, mention.text),
            html("span", { class: "pulse-message__meta" },
                `${mention.author ? `${mention.author} · ` : ""}${mention.network} · `,
                html("time", { datetime: mention.postedOn.toISOString() }, formatTime(mention.postedOn)),
                mention.label === "unscored" ? "" : ` · ${mention.label}`));
    }));
}
