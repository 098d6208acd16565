"""Where the kit's files are: the project root, its data folder and the study article.

>>> STUDY_ARTICLE.name
'000_ac51de9d2fe8c34f.txt'
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
ARTICLES = DATA / "articles"
NOTEBOOKS = ROOT / "notebooks"
SCHEMA = Path(__file__).resolve().parent / "schema" / "analysis.schema.json"
# The study article every notebook opens by default; any other article can be passed instead.
STUDY_ARTICLE = ARTICLES / "000_ac51de9d2fe8c34f.txt"
