"""Writes .eml files from a compact spec: used to author samples and the test corpus."""
import sys, os, email.utils, hashlib
from email.message import EmailMessage

def write(path, frm, to, subject, body, date="Mon, 23 Nov 2026 09:14:00 +0000", html=None, headers=None, name=None):
    msg = EmailMessage()
    msg["From"] = email.utils.formataddr((name, frm)) if name else frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    mid = hashlib.sha1((path + subject).encode()).hexdigest()[:16]
    msg["Message-ID"] = f"<{mid}@mail.example>"
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(bytes(msg))
