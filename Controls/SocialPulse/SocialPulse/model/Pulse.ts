// What the pulse shows, as plain values: the views draw these and never see a Web API record.

export type SentimentLabel = "positive" | "neutral" | "negative" | "unscored";

export interface MentionPoint {
    id: string;
    network: string;
    postedOn: Date;
    score: number | null;
    label: SentimentLabel;
    text: string;
    inbound: boolean;
    author: string;
    conversationId: string | null;
    /** Set on the mention after which its conversation was escalated to a case. */
    escalation: string | null;
}

export interface OpenConversation {
    id: string;
    name: string;
    network: string;
    status: string;
    lastInboundOn: Date | null;
    lastOutboundOn: Date | null;
    caseTitle: string | null;
    caseNumber: string | null;
}

export interface SocialProfile {
    id: string;
    network: string;
    handle: string;
    displayName: string;
    followers: number | null;
    influence: number | null;
    verified: boolean;
    profileUrl: string | null;
}

/** The record the form shows: the pulse reads a person's panels on a contact and the thread on a conversation. */
export interface FormRecord {
    entityName: string;
    id: string;
}
