using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SocialCrm.Dataverse.Local.WebApi.Hosting;

namespace SocialCrm.Dataverse.Local.WebApi.Auth;

/// <summary>
/// Resolves who a request runs as. By default any bearer token (or none) is accepted and the caller is the configured
/// user, so a client written for Dataverse runs unchanged with whatever token it has. In strict mode a missing or unknown
/// token is answered 401 with WWW-Authenticate naming where to get one, as Dataverse answers.
/// https://learn.microsoft.com/power-apps/developer/data-platform/authenticate-oauth
/// </summary>
internal sealed class BearerTokenMiddleware
{
    private readonly RequestDelegate next;
    private readonly WebApiOptions options;
    private readonly Guid defaultCaller;

    public BearerTokenMiddleware(RequestDelegate next, IOptions<WebApiOptions> options, LocalDataverse environment)
    {
        this.next = next;
        this.options = options.Value;
        defaultCaller = this.options.CallerId ?? environment.AdministratorId;
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (!options.Auth.Strict)
        {
            Caller.Set(context, defaultCaller);
            return next(context);
        }

        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        if (token is null || !options.Auth.Tokens.TryGetValue(token, out var userId))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            var resource = $"{context.Request.Scheme}://{context.Request.Host}/";
            context.Response.Headers.WWWAuthenticate = $"Bearer authorization_uri={options.Auth.AuthorizationUri}, resource_id={resource}";
            return Task.CompletedTask;
        }

        Caller.Set(context, userId);
        return next(context);
    }
}
