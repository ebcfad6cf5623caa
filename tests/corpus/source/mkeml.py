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


def write_books(root, books, weekday, minute):
    """Writes each book's messages as <root>/<book>/mail/<id>.eml and their labels as labels.tsv.

    books maps a folder name to (messages, provider address); a message is
    (id, (address, name), subject, 'text' | 'html', body, expected verdict)."""
    import shutil
    total = 0
    for book, (msgs, me) in books.items():
        folder = os.path.join(root, book, 'mail')
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        with open(os.path.join(root, book, 'labels.tsv'), 'w') as labels:
            labels.write('# file\tverdict\n')
            for i, (mid, (frm, name), subj, kind, body, label) in enumerate(msgs):
                path = os.path.join(folder, mid + '.eml')
                date = f'{weekday}, {1 + i % 27:02d} Nov 2026 {8 + i % 10:02d}:{minute:02d}:00 +0000'
                if kind == 'html':
                    write(path, frm, me, subj, None, html=body, name=name, date=date)
                else:
                    write(path, frm, me, subj, body, name=name, date=date)
                labels.write(f'{mid}.eml\t{label}\n')
                total += 1
    return total
