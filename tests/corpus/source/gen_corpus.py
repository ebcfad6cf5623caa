"""Writes the corpus .eml files and labels.tsv from the message lists beside it: python3 gen_corpus.py"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkeml import write_books
from corpus_web import WEB
from corpus_photo import PHOTO
from corpus_books import BOOKS
from corpus_coach import COACH
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
books = {'web-studio': (WEB, 'Pixel & Pine <hello@pixelpine.studio>'),
         'photographer': (PHOTO, 'Ana <ana@lumenweddings.example>'),
         'bookkeeper': (BOOKS, 'Nadia <nadia@clearledger.example>'),
         'career-coach': (COACH, 'Dana Reyes <dana@reyescoaching.com>')}
print(write_books(ROOT, books, 'Mon', 14))
