using System.Text.Json;
using System.Text.Json.Nodes;

namespace MailScope.AddIn.Manifest;

/// <summary>
/// The unified manifest for Microsoft 365 (JSON, manifest version 1.17), the format Microsoft recommends for new
/// Outlook add-ins: the same id, texts, pages, commands and permission as the XML manifest, from
/// <see cref="AddInDefinition"/>. One runtime opens the pinnable task pane, one runs the ribbon's function;
/// both on the message read surface.
/// </summary>
internal static class UnifiedManifestWriter
{
    public const string ManifestVersion = "1.17";
    public const string Schema = "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json";
    public const string TaskPaneActionId = "ShowScopeCheck";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <param name="baseUrl">The host's HTTPS base URL.</param>
    /// <param name="id">The add-in id; default MailScope's.</param>
    /// <param name="version">The XML manifest's four-part version; the unified manifest takes its first three parts.</param>
    public static JsonObject Write(Uri baseUrl, Guid? id = null, string version = "1.0.0.0")
    {
        var root = AddInDefinition.Root(baseUrl);
        string Url(string path) => $"{root}/{path}";
        static JsonObject Mailbox(string minVersion) => new() { ["capabilities"] = new JsonArray(new JsonObject { ["name"] = "Mailbox", ["minVersion"] = minVersion }) };
        JsonObject Button(string controlId, string label, string tip, string actionId) => new()
        {
            ["id"] = controlId,
            ["type"] = "button",
            ["label"] = label,
            ["icons"] = new JsonArray([.. AddInDefinition.ButtonIcons.Select(i => (JsonNode)new JsonObject { ["size"] = i.Size, ["url"] = Url(i.Path) })]),
            ["supertip"] = new JsonObject { ["title"] = label, ["description"] = tip },
            ["actionId"] = actionId,
        };

        return new JsonObject
        {
            ["$schema"] = Schema,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = string.Join('.', version.Split('.').Take(3)),
            ["id"] = (id ?? AddInDefinition.Id).ToString(),
            ["localizationInfo"] = new JsonObject { ["defaultLanguageTag"] = "en-us" },
            ["developer"] = new JsonObject
            {
                ["name"] = AddInDefinition.Provider,
                ["websiteUrl"] = Url(AddInDefinition.SupportPage),
                ["privacyUrl"] = Url(AddInDefinition.SupportPage),
                ["termsOfUseUrl"] = Url(AddInDefinition.SupportPage),
            },
            ["name"] = new JsonObject { ["short"] = AddInDefinition.DisplayName, ["full"] = AddInDefinition.DisplayName },
            ["description"] = new JsonObject { ["short"] = AddInDefinition.ShortDescription, ["full"] = AddInDefinition.Description },
            // Paths inside the app package (zip) that carries this manifest; see docs/addin.md.
            ["icons"] = new JsonObject { ["outline"] = "icons/icon-32.png", ["color"] = AddInDefinition.HighResolutionIconPage },
            ["accentColor"] = "#0F6CBD",
            ["validDomains"] = new JsonArray(new Uri(root).Authority),
            ["authorization"] = new JsonObject
            {
                ["permissions"] = new JsonObject
                {
                    ["resourceSpecific"] = new JsonArray(new JsonObject { ["name"] = AddInDefinition.UnifiedPermission, ["type"] = "Delegated" }),
                },
            },
            ["extensions"] = new JsonArray(new JsonObject
            {
                ["requirements"] = new JsonObject
                {
                    ["scopes"] = new JsonArray("mail"),
                    ["capabilities"] = new JsonArray(new JsonObject { ["name"] = "Mailbox", ["minVersion"] = AddInDefinition.BaseMailbox }),
                },
                ["runtimes"] = new JsonArray(
                    new JsonObject
                    {
                        // A pinnable pane needs Mailbox 1.5, as in the XML manifest's VersionOverrides 1.1.
                        ["requirements"] = Mailbox(AddInDefinition.PinningMailbox),
                        ["id"] = "TaskPaneRuntime",
                        ["type"] = "general",
                        ["code"] = new JsonObject { ["page"] = Url(AddInDefinition.TaskPanePage) },
                        ["lifetime"] = "short",
                        ["actions"] = new JsonArray(new JsonObject
                        {
                            ["id"] = TaskPaneActionId,
                            ["type"] = "openPage",
                            ["displayName"] = AddInDefinition.CheckLabel,
                            ["pinnable"] = true,
                        }),
                    },
                    new JsonObject
                    {
                        ["requirements"] = Mailbox(AddInDefinition.CommandsMailbox),
                        ["id"] = "CommandsRuntime",
                        ["type"] = "general",
                        ["code"] = new JsonObject { ["page"] = Url(AddInDefinition.CommandsPage) },
                        ["lifetime"] = "short",
                        ["actions"] = new JsonArray(new JsonObject
                        {
                            ["id"] = AddInDefinition.FunctionName,
                            ["type"] = "executeFunction",
                            ["displayName"] = AddInDefinition.ReplyLabel,
                        }),
                    }),
                ["ribbons"] = new JsonArray(new JsonObject
                {
                    ["requirements"] = Mailbox(AddInDefinition.CommandsMailbox),
                    ["contexts"] = new JsonArray("mailRead"),
                    ["tabs"] = new JsonArray(new JsonObject
                    {
                        ["builtInTabId"] = "TabDefault",
                        ["groups"] = new JsonArray(new JsonObject
                        {
                            ["id"] = AddInDefinition.GroupId,
                            ["label"] = AddInDefinition.GroupLabel,
                            ["controls"] = new JsonArray(
                                Button(AddInDefinition.CheckButtonId, AddInDefinition.CheckLabel, AddInDefinition.CheckTip, TaskPaneActionId),
                                Button(AddInDefinition.ReplyButtonId, AddInDefinition.ReplyLabel, AddInDefinition.ReplyTip, AddInDefinition.FunctionName)),
                        }),
                    }),
                }),
                ["alternates"] = new JsonArray(new JsonObject
                {
                    ["alternateIcons"] = new JsonObject
                    {
                        ["icon"] = new JsonObject { ["size"] = 64, ["url"] = Url(AddInDefinition.IconPage) },
                        // The size is the logical one: the high-resolution icon is the 64 px icon at twice the pixels.
                        ["highResolutionIcon"] = new JsonObject { ["size"] = 64, ["url"] = Url(AddInDefinition.HighResolutionIconPage) },
                    },
                }),
            }),
        };
    }

    public static string ToText(JsonObject manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return manifest.ToJsonString(Indented) + "\n";
    }
}
