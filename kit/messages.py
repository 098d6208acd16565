"""What the commands say: counts with the right plural (one line a message, through :mod:`logging`).

>>> plural(1, "notebook"), plural(6, "notebook"), plural(0, "article")
('1 notebook', '6 notebooks', '0 articles')
"""
from __future__ import annotations


def plural(n: int, word: str, many: str | None = None) -> str:
    """``n`` and the word, singular for exactly one ("1 notebook", "2 notebooks", "3 entries" with ``many``)."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {many or word + 's'}"
