using System;
using Microsoft.AspNetCore.Http;

namespace SocialCrm.Dataverse.Local.WebApi.Auth;

/// <summary>The user an HTTP request runs as, set by <see cref="BearerTokenMiddleware"/> before anything else reads it.</summary>
internal static class Caller
{
    private const string Key = "LocalDataverse.Caller";

    public static Guid Of(HttpContext context) => context.Items.TryGetValue(Key, out var value) && value is Guid id
        ? id
        : throw new InvalidOperationException("The caller of the request was not resolved; BearerTokenMiddleware must run first.");

    public static void Set(HttpContext context, Guid userId) => context.Items[Key] = userId;
}
