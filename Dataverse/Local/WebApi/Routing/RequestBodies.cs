using Microsoft.OData;

namespace SocialCrm.Dataverse.Local.WebApi.Routing;

/// <summary>
/// How large a request body may be, and the reader settings that allow it. Dataverse takes a single request of up to
/// 128 MB (https://learn.microsoft.com/power-apps/developer/data-platform/file-attributes); Microsoft.OData stops at
/// 1 MiB unless told otherwise, which would refuse a bulk action of a hundred long records that Dataverse accepts.
/// </summary>
internal static class RequestBodies
{
    public const long MaxBytes = 128L * 1024 * 1024;

    public static ODataMessageReaderSettings ReaderSettings() =>
        new() { MessageQuotas = new ODataMessageQuotas { MaxReceivedMessageSize = MaxBytes } };
}
