using System.Net;

namespace MailScope.Tooling.Servers;

/// <summary>
/// Faults the Graph stand-in injects at random, reproducibly from a seed: a connection dropped without an
/// answer, a 500, 503 or 429 (the last two with Retry-After, as Graph sends them), and a delta page served
/// twice (its next link points at itself once), as Graph may when it replays a page.
/// </summary>
public sealed class GraphFaults(int seed)
{
    private readonly Random _random = new(seed);
    private readonly object _gate = new();

    /// <summary>Share of requests whose connection is dropped.</summary>
    public double DropRate { get; init; }

    /// <summary>Share of requests answered 500, 503 or 429 instead.</summary>
    public double ErrorRate { get; init; }

    /// <summary>Share of delta pages whose next link serves the same page again.</summary>
    public double RepeatPageRate { get; init; }

    public int Dropped { get; private set; }

    public int Errors { get; private set; }

    public int Repeated { get; private set; }

    /// <summary>What to do with the next request: nothing (null), drop it (0) or answer this status.</summary>
    public HttpStatusCode? Next(out bool drop)
    {
        lock (_gate)
        {
            drop = false;
            var roll = _random.NextDouble();
            if (roll < DropRate)
            {
                Dropped++;
                drop = true;
                return null;
            }

            if (roll < DropRate + ErrorRate)
            {
                Errors++;
                return _random.Next(3) switch
                {
                    0 => HttpStatusCode.InternalServerError,
                    1 => HttpStatusCode.ServiceUnavailable,
                    _ => HttpStatusCode.TooManyRequests,
                };
            }

            return null;
        }
    }

    public bool RepeatPage()
    {
        lock (_gate)
        {
            if (_random.NextDouble() < RepeatPageRate)
            {
                Repeated++;
                return true;
            }

            return false;
        }
    }
}
