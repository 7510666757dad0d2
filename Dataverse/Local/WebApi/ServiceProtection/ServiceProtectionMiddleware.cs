using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SocialCrm.Dataverse.Local.WebApi.Auth;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Hosting;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.ServiceProtection;

/// <summary>
/// Applies the service protection limits to each HTTP request of a caller (a $batch counts once, as Dataverse counts it):
/// past a limit the answer is 429 Too Many Requests with Retry-After in seconds and the documented error body.
/// </summary>
internal sealed class ServiceProtectionMiddleware
{
    private readonly RequestDelegate next;
    private readonly bool enabled;
    private readonly ServiceProtectionLimiter limiter;

    public ServiceProtectionMiddleware(RequestDelegate next, IOptions<WebApiOptions> options, ServiceProtectionLimiter limiter)
    {
        this.next = next;
        enabled = options.Value.ServiceProtection.Enabled;
        this.limiter = limiter;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (!enabled || !context.Request.Path.StartsWithSegments(WebApiService.RootPath))
        {
            await next(context);
            return;
        }

        var caller = Caller.Of(context);
        if (limiter.TryEnter(caller) is { } rejection)
        {
            var response = ErrorResponses.For(new WebApiError(StatusCodes.Status429TooManyRequests, rejection.Code, rejection.Message));
            context.Response.StatusCode = response.StatusCode;
            context.Response.Headers.RetryAfter = rejection.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            foreach (var (name, value) in response.Headers)
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            limiter.Exit(caller);
        }
    }
}
