import { MentionPoint, OpenConversation, SocialProfile } from "../model/Pulse";
import * as Queries from "./Queries";
import { toConversations, toMentions, toProfiles } from "./Records";

/** Reads each panel's data with one Web API request, through the form's context.webAPI only. */
export class PulseReader {
    public constructor(private readonly webApi: ComponentFramework.WebApi, private readonly maxMentions: number) {}

    public async personMentions(contactId: string): Promise<MentionPoint[]> {
        const response = await this.webApi.retrieveMultipleRecords("scrm_mention", Queries.personMentions(contactId, this.maxMentions));
        return toMentions(response.entities);
    }

    public async thread(conversationId: string): Promise<MentionPoint[]> {
        const response = await this.webApi.retrieveMultipleRecords("scrm_mention", Queries.threadMentions(conversationId, this.maxMentions));
        return toMentions(response.entities);
    }

    public async openConversations(contactId: string): Promise<OpenConversation[]> {
        const response = await this.webApi.retrieveMultipleRecords("scrm_conversation", Queries.openConversations(contactId));
        return toConversations(response.entities);
    }

    public async profiles(contactId: string): Promise<SocialProfile[]> {
        const response = await this.webApi.retrieveMultipleRecords("scrm_socialprofile", Queries.profiles(contactId));
        return toProfiles(response.entities);
    }
}
