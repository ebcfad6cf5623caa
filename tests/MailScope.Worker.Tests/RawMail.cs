using System.Text;

namespace MailScope.Worker.Tests;

/// <summary>Messages as bytes on the wire, for the cases a MIME library would not write on its own.</summary>
internal static class RawMail
{
    public static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    /// <summary>A minimal winmail.dat (TNEF) carrying a plain-text body (attBody), attached as Outlook does.</summary>
    public static byte[] Tnef(string headers, string body)
    {
        using var tnef = new MemoryStream();
        void U16(int v) { tnef.WriteByte((byte)v); tnef.WriteByte((byte)(v >> 8)); }
        void U32(uint v) { U16((int)(v & 0xFFFF)); U16((int)(v >> 16)); }
        void Attribute(byte level, uint id, byte[] data)
        {
            tnef.WriteByte(level);
            U32(id);
            U32((uint)data.Length);
            tnef.Write(data);
            U16(data.Sum(b => b) & 0xFFFF);
        }

        U32(0x223E9F78);
        U16(0x0001);
        Attribute(1, 0x00089006, [0x00, 0x00, 0x01, 0x00]);
        Attribute(1, 0x00069007, [0xE4, 0x04, 0, 0, 0, 0, 0, 0]);
        Attribute(1, 0x0002800C, [.. Encoding.ASCII.GetBytes(body), 0]);
        var b64 = Convert.ToBase64String(tnef.ToArray(), Base64FormattingOptions.InsertLineBreaks);
        return Ascii(headers + "Content-Type: multipart/mixed; boundary=t\r\n\r\n--t\r\nContent-Type: application/ms-tnef; name=winmail.dat\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64 + "\r\n--t--\r\n");
    }
}
