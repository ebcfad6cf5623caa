using System.Xml.Linq;

namespace MailScope.AddIn.Manifest;

/// <summary>
/// The XML add-in-only manifest for Outlook (MailApp): base requirement Mailbox 1.1, VersionOverrides 1.0
/// with 1.1 inside, one group on the message read surface with "Scope check" (a pinnable task pane) and
/// "Out of scope reply" (a function that drafts the best offer without opening the pane). Every URL is
/// HTTPS under one base. Elements are written in the order the schema requires.
/// </summary>
internal static class ManifestWriter
{
    public static Guid DefaultId => AddInDefinition.Id;

    public const string FunctionName = AddInDefinition.FunctionName;

    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Vo10 = "http://schemas.microsoft.com/office/mailappversionoverrides";
    private static readonly XNamespace Vo11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";

    public static XDocument Write(Uri baseUrl, Guid? id = null, string version = "1.0.0.0")
    {
        var root = AddInDefinition.Root(baseUrl);
        string Url(string path) => $"{root}/{path}";

        var app = new XElement(App + "OfficeApp",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(XNamespace.Xmlns + "bt", Bt),
            new XAttribute(Xsi + "type", "MailApp"),
            new XElement(App + "Id", (id ?? DefaultId).ToString()),
            new XElement(App + "Version", version),
            new XElement(App + "ProviderName", AddInDefinition.Provider),
            new XElement(App + "DefaultLocale", "en-US"),
            new XElement(App + "DisplayName", new XAttribute("DefaultValue", AddInDefinition.DisplayName)),
            new XElement(App + "Description", new XAttribute("DefaultValue", AddInDefinition.Description)),
            new XElement(App + "IconUrl", new XAttribute("DefaultValue", Url(AddInDefinition.IconPage))),
            new XElement(App + "HighResolutionIconUrl", new XAttribute("DefaultValue", Url(AddInDefinition.HighResolutionIconPage))),
            new XElement(App + "SupportUrl", new XAttribute("DefaultValue", Url(AddInDefinition.SupportPage))),
            new XElement(App + "AppDomains", new XElement(App + "AppDomain", root)),
            new XElement(App + "Hosts", new XElement(App + "Host", new XAttribute("Name", "Mailbox"))),
            new XElement(App + "Requirements", new XElement(App + "Sets", new XElement(App + "Set", new XAttribute("Name", "Mailbox"), new XAttribute("MinVersion", AddInDefinition.BaseMailbox)))),
            new XElement(App + "FormSettings",
                new XElement(App + "Form", new XAttribute(Xsi + "type", "ItemRead"),
                    new XElement(App + "DesktopSettings",
                        new XElement(App + "SourceLocation", new XAttribute("DefaultValue", Url(AddInDefinition.TaskPanePage))),
                        new XElement(App + "RequestedHeight", "250")))),
            new XElement(App + "Permissions", AddInDefinition.XmlPermission),
            new XElement(App + "Rule", new XAttribute(Xsi + "type", "RuleCollection"), new XAttribute("Mode", "Or"),
                new XElement(App + "Rule", new XAttribute(Xsi + "type", "ItemIs"), new XAttribute("ItemType", "Message"), new XAttribute("FormType", "Read"))),
            new XElement(App + "DisableEntityHighlighting", "false"),
            Overrides(Vo10, "VersionOverridesV1_0", Url, pinnable: false,
                Overrides(Vo11, "VersionOverridesV1_1", Url, pinnable: true, inner: null)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), app);
    }

    private static XElement Overrides(XNamespace ns, string type, Func<string, string> url, bool pinnable, XElement? inner)
    {
        XElement Button(string id, string label, string tip, XElement action) => new(ns + "Control", new XAttribute(Xsi + "type", "Button"), new XAttribute("id", id),
            new XElement(ns + "Label", new XAttribute("resid", label)),
            new XElement(ns + "Supertip", new XElement(ns + "Title", new XAttribute("resid", label)), new XElement(ns + "Description", new XAttribute("resid", tip))),
            new XElement(ns + "Icon",
                new XElement(Bt + "Image", new XAttribute("size", "16"), new XAttribute("resid", "Icon.16x16")),
                new XElement(Bt + "Image", new XAttribute("size", "32"), new XAttribute("resid", "Icon.32x32")),
                new XElement(Bt + "Image", new XAttribute("size", "80"), new XAttribute("resid", "Icon.80x80"))),
            action);

        var paneAction = new XElement(ns + "Action", new XAttribute(Xsi + "type", "ShowTaskpane"), new XElement(ns + "SourceLocation", new XAttribute("resid", "Taskpane.Url")));
        if (pinnable)
        {
            paneAction.Add(new XElement(ns + "SupportsPinning", "true"));
        }

        var functionAction = new XElement(ns + "Action", new XAttribute(Xsi + "type", "ExecuteFunction"), new XElement(ns + "FunctionName", FunctionName));
        XElement Resource(string kind, string id, string value) => new(Bt + kind, new XAttribute("id", id), new XAttribute("DefaultValue", value));

        var element = new XElement(ns + "VersionOverrides", new XAttribute(Xsi + "type", type),
            new XElement(ns + "Requirements", new XElement(Bt + "Sets", new XAttribute("DefaultMinVersion", AddInDefinition.CommandsMailbox), new XElement(Bt + "Set", new XAttribute("Name", "Mailbox")))),
            new XElement(ns + "Hosts",
                new XElement(ns + "Host", new XAttribute(Xsi + "type", "MailHost"),
                    new XElement(ns + "DesktopFormFactor",
                        new XElement(ns + "FunctionFile", new XAttribute("resid", "Commands.Url")),
                        new XElement(ns + "ExtensionPoint", new XAttribute(Xsi + "type", "MessageReadCommandSurface"),
                            new XElement(ns + "OfficeTab", new XAttribute("id", "TabDefault"),
                                new XElement(ns + "Group", new XAttribute("id", AddInDefinition.GroupId),
                                    new XElement(ns + "Label", new XAttribute("resid", "Group.Label")),
                                    Button(AddInDefinition.CheckButtonId, "Check.Label", "Check.Tip", paneAction),
                                    Button(AddInDefinition.ReplyButtonId, "Reply.Label", "Reply.Tip", functionAction))))))),
            new XElement(ns + "Resources",
                new XElement(Bt + "Images", AddInDefinition.ButtonIcons.Select(i => Resource("Image", $"Icon.{i.Size}x{i.Size}", url(i.Path)))),
                new XElement(Bt + "Urls",
                    Resource("Url", "Commands.Url", url(AddInDefinition.CommandsPage)),
                    Resource("Url", "Taskpane.Url", url(AddInDefinition.TaskPanePage))),
                new XElement(Bt + "ShortStrings",
                    Resource("String", "Group.Label", AddInDefinition.GroupLabel),
                    Resource("String", "Check.Label", AddInDefinition.CheckLabel),
                    Resource("String", "Reply.Label", AddInDefinition.ReplyLabel)),
                new XElement(Bt + "LongStrings",
                    Resource("String", "Check.Tip", AddInDefinition.CheckTip),
                    Resource("String", "Reply.Tip", AddInDefinition.ReplyTip))));
        if (inner is not null)
        {
            element.Add(inner);
        }

        return element;
    }
}
