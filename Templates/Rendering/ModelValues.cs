using System.Collections;
using System.Net;
using Scriban.Runtime;

namespace MailScope.Templates.Rendering;

/// <summary>
/// Turns the plain model (dictionaries, lists, strings, numbers) into Scriban objects. Nothing else
/// crosses over, so a template cannot reach .NET members; for HTML every string is escaped here, once,
/// so no template can forget to escape client text.
/// </summary>
internal static class ModelValues
{
    public static object? ToScript(object? value, bool html) => value switch
    {
        null => null,
        string s => html ? WebUtility.HtmlEncode(s) : s,
        bool or int or long or decimal or double => value,
        IReadOnlyDictionary<string, object?> map => ToObject(map, html),
        IEnumerable list => ToArray(list, html),
        _ => throw new ArgumentException($"The template model may hold only plain values, not {value.GetType().Name}.", nameof(value)),
    };

    private static ScriptObject ToObject(IReadOnlyDictionary<string, object?> map, bool html)
    {
        var obj = new ScriptObject();
        foreach (var (key, v) in map)
        {
            obj.SetValue(key, ToScript(v, html), readOnly: true);
        }

        return obj;
    }

    private static ScriptArray ToArray(IEnumerable list, bool html)
    {
        var array = new ScriptArray();
        foreach (var item in list)
        {
            array.Add(ToScript(item, html));
        }

        return array;
    }
}
