import { FormRecord } from "../model/Pulse";

// A model-driven form hands its record to a control as context.mode.contextInfo (entityId, entityTypeName); the
// published typings leave it out, so it is read through this narrow shape.
interface ModeWithContextInfo {
    contextInfo?: { entityId?: string; entityTypeName?: string };
}

/** The record of the form the control sits on; null on a form that has not been saved yet. */
export function formRecord(context: ComponentFramework.Context<unknown>): FormRecord | null {
    const info = (context.mode as unknown as ModeWithContextInfo).contextInfo;
    return info?.entityId && info.entityTypeName ? { entityName: info.entityTypeName, id: info.entityId } : null;
}
