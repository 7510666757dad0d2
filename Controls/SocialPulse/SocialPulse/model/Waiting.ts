import { OpenConversation } from "./Pulse";

/**
 * When the customer started waiting: their last message, unless the company answered after it. Null when nothing
 * waits (answered, or no inbound message yet).
 */
export function waitingSince(conversation: OpenConversation): Date | null {
    const inbound = conversation.lastInboundOn;
    if (inbound === null) {
        return null;
    }
    const outbound = conversation.lastOutboundOn;
    return outbound !== null && outbound.getTime() >= inbound.getTime() ? null : inbound;
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** A waiting time as an agent reads it: the two largest units, rounded down ("2 d 5 h", "3 h 12 min", "4 min"). */
export function formatWaiting(milliseconds: number): string {
    const elapsed = Math.max(0, milliseconds);
    if (elapsed >= day) {
        return `${Math.floor(elapsed / day)} d ${Math.floor((elapsed % day) / hour)} h`;
    }
    if (elapsed >= hour) {
        return `${Math.floor(elapsed / hour)} h ${Math.floor((elapsed % hour) / minute)} min`;
    }
    return `${Math.floor(elapsed / minute)} min`;
}
