// Dataverse's PrivilegeDenied (0x80040220), as Xrm.WebApi reports it in the error's errorCode (a signed 32-bit number):
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes
const privilegeDenied = 0x80040220 | 0;

/** What a panel says when its request failed: a missing privilege is the user's situation, not a fault of the form. */
export function describeFailure(error: unknown, what: string): string {
    const failure = typeof error === "object" && error !== null ? (error as { errorCode?: unknown; message?: unknown }) : {};
    const code = typeof failure.errorCode === "number" ? failure.errorCode | 0 : null;
    if (code === privilegeDenied) {
        return `You don't have permission to read ${what}. Ask your administrator for a security role that grants it.`;
    }
    const message = typeof failure.message === "string" ? failure.message : String(error);
    return `The ${what} could not be loaded: ${message}`;
}
