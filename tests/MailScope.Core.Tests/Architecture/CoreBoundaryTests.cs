using System.Reflection;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Architecture;

/// <summary>Core is the domain: it references no mail, server, job or web SDK, and its public API shows none.</summary>
public class CoreBoundaryTests
{
    private static readonly Assembly Core = typeof(ScopeBook).Assembly;

    private static readonly string[] Forbidden =
        ["MimeKit", "MailKit", "Microsoft.Graph", "Microsoft.Kiota", "Hangfire", "Scriban", "Microsoft.AspNetCore", "Azure."];

    // Used inside Core, never in its public API.
    private static readonly string[] Internal = ["YamlDotNet", "AngleSharp"];

    [Fact]
    public void Core_references_no_sdk_assembly()
    {
        var referenced = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(referenced, name => Forbidden.Any(f => name.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void Core_public_api_shows_no_third_party_type()
    {
        var leaks = new List<string>();
        foreach (var type in Core.GetExportedTypes())
        {
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);
            foreach (var member in members)
            {
                foreach (var used in TypesOf(member))
                {
                    var ns = used.Namespace ?? string.Empty;
                    if (Forbidden.Concat(Internal).Any(f => ns.StartsWith(f, StringComparison.Ordinal)))
                    {
                        leaks.Add($"{type.FullName}.{member.Name} uses {used.FullName}");
                    }
                }
            }
        }

        Assert.Empty(leaks);
    }

    [Fact]
    public void The_check_sees_public_members()
    {
        // Guards the test above against passing vacuously.
        Assert.Contains(Core.GetExportedTypes(), t => t.Name == "ScopeJudge");
        Assert.NotEmpty(TypesOf(typeof(ScopeBookLoader).GetMethod(nameof(ScopeBookLoader.LoadFile))!));
    }

    private static IEnumerable<Type> TypesOf(MemberInfo member) => member switch
    {
        MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType).SelectMany(Expand),
        PropertyInfo p => Expand(p.PropertyType),
        FieldInfo f => Expand(f.FieldType),
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType).SelectMany(Expand),
        EventInfo e => Expand(e.EventHandlerType!),
        _ => [],
    };

    private static IEnumerable<Type> Expand(Type t)
    {
        yield return t;
        if (t.HasElementType)
        {
            foreach (var inner in Expand(t.GetElementType()!))
            {
                yield return inner;
            }
        }

        if (t.IsGenericType)
        {
            foreach (var inner in t.GetGenericArguments().SelectMany(Expand))
            {
                yield return inner;
            }
        }
    }
}
