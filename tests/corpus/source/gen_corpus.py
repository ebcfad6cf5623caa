"""Writes the corpus .eml files and labels.tsv from the message lists beside it: python3 gen_corpus.py"""
import sys, os, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkeml import write
from corpus_web import WEB
from corpus_photo import PHOTO
from corpus_books import BOOKS
from corpus_coach import COACH
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
books = {'web-studio': (WEB, 'Pixel & Pine <hello@pixelpine.studio>'),
         'photographer': (PHOTO, 'Ana <ana@lumenweddings.example>'),
         'bookkeeper': (BOOKS, 'Nadia <nadia@clearledger.example>'),
         'career-coach': (COACH, 'Dana Reyes <dana@reyescoaching.com>')}
total = 0
for book, (msgs, me) in books.items():
    d = f'{ROOT}/{book}/mail'
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    with open(f'{ROOT}/{book}/labels.tsv', 'w') as lab:
        lab.write('# file\tverdict\n')
        for i, (mid, (frm, name), subj, kind, body, label) in enumerate(msgs):
            fn = f'{mid}.eml'
            date = f'Mon, {1 + i % 27:02d} Nov 2026 {8 + i % 10:02d}:14:00 +0000'
            if kind == 'html':
                write(f'{d}/{fn}', frm, me, subj, None, html=body, name=name, date=date)
            else:
                write(f'{d}/{fn}', frm, me, subj, body, name=name, date=date)
            lab.write(f'{fn}\t{label}\n')
            total += 1
print(total)
