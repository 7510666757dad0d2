import { describeFailure } from "../data/ReadFailure";
import { PulseReader } from "../data/PulseReader";
import { FormRecord, MentionPoint } from "../model/Pulse";
import { conversationsView } from "./ConversationsView";
import { html } from "./Elements";
import { Panel } from "./Panel";
import { profilesView } from "./ProfilesView";
import { threadView } from "./ThreadView";
import { timelineView } from "./TimelineView";

const narrowWidth = 640;

/**
 * The whole pulse for one form record. A contact gets the timeline of the person's mentions, their open conversations
 * and their profiles; a conversation gets its timeline and its thread. Each panel loads on its own, so one refused
 * request leaves the others working.
 */
export class PulseBoard {
    public readonly element: HTMLElement;
    private readonly timeline = new Panel("timeline", "Sentiment across networks");
    private mentions: MentionPoint[] | null = null;
    private width = 0;

    public constructor(private readonly reader: PulseReader, private readonly record: FormRecord | null) {
        this.element = html("div", { class: "pulse", role: "region", "aria-label": "Social pulse" });
    }

    public load(width: number): void {
        this.width = width;
        if (this.record === null) {
            this.element.append(html("p", { class: "pulse-panel__note", "data-state": "empty" }, "Save the record to see its social pulse."));
            return;
        }
        this.element.append(this.timeline.element);
        if (this.record.entityName === "scrm_conversation") {
            this.loadThread(this.record.id);
        } else {
            this.loadPerson(this.record.id);
        }
        this.resize(width);
    }

    /** Follows the form's width: the timeline is redrawn to fit and the panels stack when narrow. */
    public resize(width: number): void {
        this.width = width;
        this.element.classList.toggle("pulse--narrow", width < narrowWidth);
        if (this.mentions !== null && this.mentions.length > 0) {
            this.timeline.ready(timelineView(this.mentions, this.chartWidth()));
        }
    }

    private loadPerson(contactId: string): void {
        const conversations = new Panel("conversations", "Open conversations");
        const profiles = new Panel("profiles", "Social profiles");
        this.element.append(html("div", { class: "pulse__columns" }, conversations.element, profiles.element));

        this.show(this.timeline, () => this.reader.personMentions(contactId), "mentions",
            points => this.showMentions(points, "No mentions from this person yet."));
        this.show(conversations, () => this.reader.openConversations(contactId), "conversations",
            rows => rows.length === 0 ? conversations.empty("No open conversations.") : conversations.ready(conversationsView(rows, new Date())));
        this.show(profiles, () => this.reader.profiles(contactId), "social profiles",
            rows => rows.length === 0 ? profiles.empty("No social profiles are linked to this contact.") : profiles.ready(profilesView(rows)));
    }

    private loadThread(conversationId: string): void {
        const thread = new Panel("thread", "Thread");
        this.element.append(thread.element);
        thread.loading();
        this.show(this.timeline, () => this.reader.thread(conversationId), "mentions", points => {
            this.showMentions(points, "This conversation has no mentions yet.");
            return points.length === 0 ? thread.empty("No messages yet.") : thread.ready(threadView(points));
        }, thread);
    }

    private showMentions(points: MentionPoint[], emptyMessage: string): void {
        this.mentions = points;
        if (points.length === 0) {
            this.timeline.empty(emptyMessage);
        } else {
            this.timeline.ready(timelineView(points, this.chartWidth()));
        }
    }

    private show<T>(panel: Panel, read: () => Promise<T>, what: string, render: (value: T) => void, alsoFailing?: Panel): void {
        panel.loading();
        read().then(render, (error: unknown) => {
            panel.error(describeFailure(error, what));
            alsoFailing?.error(describeFailure(error, what));
        });
    }

    // The panel's border and padding take 26px of the control's width.
    private chartWidth(): number {
        return Math.max(260, Math.floor(this.width) - 26);
    }
}
