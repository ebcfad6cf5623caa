using System.Net;

namespace MailScope.AddIn.Playground;

/// <summary>
/// The playground's second guard after binding 127.0.0.1: a request whose remote address is not loopback (a
/// proxy or a forwarded port, say) is refused before anything else runs. It hands out a key and judges mail
/// without sign-in, so it must never answer another machine.
/// </summary>
internal static partial class LoopbackOnly
{
    public static bool IsAllowed(IPAddress? remote) =>
        remote is not null && IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);

    public static void UseLoopbackOnly(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LoopbackOnly).FullName!);
        app.Use(async (context, next) =>
        {
            if (IsAllowed(context.Connection.RemoteIpAddress))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            Refused(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Abort();
        });
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "playground: a request from {Remote} was refused (loopback only)")]
    private static partial void Refused(ILogger logger, string remote);
}
