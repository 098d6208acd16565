"""Where the kit's files are (the project root, its data folder, the study article), and their checksums.

Every data file the kit reads is found through :func:`data_file` / :func:`data_dir`, so there is one
place that knows where ``data/`` lives.

>>> STUDY_ARTICLE.name
'000_ac51de9d2fe8c34f.txt'
>>> data_file("lexicon", "stop_words.txt").name
'stop_words.txt'
"""
import hashlib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the checkout, when the kit runs from one


def _shipped(name: str) -> Path:
    """``kit/NAME`` inside an installed package (a wheel ships data/ and notebooks/ there), else the
    checkout's top-level folder of that name."""
    inside = Path(str(resources.files("kit") / name))
    return inside if inside.is_dir() else ROOT / name


DATA = _shipped("data")
ARTICLES = DATA / "articles"
NOTEBOOKS = _shipped("notebooks")
SCHEMA = Path(str(resources.files("kit") / "analysis" / "schema" / "analysis.schema.json"))
# The study article every notebook opens by default; any other article can be passed instead.
STUDY_ARTICLE = ARTICLES / "000_ac51de9d2fe8c34f.txt"
# 500 SaudiNewsNet articles (CC BY-NC-SA 4.0; data/README.md): notebook 05's corpus by default.
SAMPLE_CORPUS = DATA / "corpus" / "saudinewsnet-sample.jsonl.gz"


def data_dir(*parts: str) -> Path:
    """A folder of the kit's data (``data_dir("lexicon")``)."""
    return DATA.joinpath(*parts)


def data_file(*parts: str) -> Path:
    """A file of the kit's data (``data_file("gazetteer", "places.tsv")``)."""
    return DATA.joinpath(*parts)


def sha256_file(path: str | Path) -> str:
    """The SHA-256 of a file, read in 1 MB chunks (a corpus file may be large): what reports and
    corpus manifests record of their inputs."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
