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

import io

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

__all__ = ["arabic_fonts", "detached_axes", "png_bytes", "plt"]


def arabic_fonts() -> None:
    """Use a font with Arabic glyphs and a plain minus sign (idempotent)."""
    plt.rcParams["font.family"] = ["DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False


def detached_axes(figsize: tuple[float, float]) -> Axes:
    """Axes on a figure that pyplot does not know: for pictures drawn inside a widget's callback.

    pyplot keeps global state (the current figure, the inline backend's list of figures to show
    after a cell), and a callback that creates and closes pyplot figures while the notebook's own
    cells draw theirs can meet a figure half closed (a rare ``'NoneType' object has no attribute
    'dpi'``). A bare :class:`~matplotlib.figure.Figure` with its own Agg canvas shares none of it.

    >>> ax = detached_axes((4, 2))
    >>> _ = ax.set_title("الخط الزمني")
    >>> png_bytes(ax.figure)[:4]
    b'\\x89PNG'
    >>> ax.figure in [plt.figure(n) for n in plt.get_fignums()]
    False
    """
    fig = Figure(figsize=figsize)
    FigureCanvasAgg(fig)
    return fig.add_subplot()


def png_bytes(fig: Figure, dpi: int = 80, **savefig_kw) -> bytes:
    """The figure as PNG bytes (for an ``ipywidgets.Image``)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, **savefig_kw)
    return buf.getvalue()
