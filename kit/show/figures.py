"""The matplotlib set-up every picture of the kit uses, applied by an explicit call.

matplotlib >= 3.11 shapes Arabic itself (joined letters, right-to-left), so labels are plain strings:
no arabic-reshaper or python-bidi, which would now reverse them. DejaVu Sans carries both Arabic and
Latin glyphs. Importing this module changes no setting; :func:`arabic_fonts` does, and every drawing
function of :mod:`kit.show` calls it first.

>>> arabic_fonts()
>>> plt.rcParams["font.family"]
['DejaVu Sans']
"""
from __future__ import annotations

import matplotlib.pyplot as plt

__all__ = ["arabic_fonts", "plt"]


def arabic_fonts() -> None:
    """Use a font with Arabic glyphs and a plain minus sign (idempotent)."""
    plt.rcParams["font.family"] = ["DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False
