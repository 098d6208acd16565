"""A map of the places an article mentions, drawn offline with plain matplotlib.

Countries come from the simplified Natural Earth outlines in ``data/gazetteer/outlines.shp``;
nothing is downloaded (no cartopy, no tiles). Labels are Arabic plain strings: matplotlib >= 3.11
shapes them (no arabic-reshaper or python-bidi, which would now reverse them).

Markers say two things: the shape is the kind of place (city, governorate, sea…), the colour its
role in the story when a ``roles`` mapping is given (a place that was struck, a place where
something was said). Where places crowd (the towns of one country on a map of half the world), an
inset shows them larger. Labels are placed so that they do not overlap.

>>> from kit.places.places import resolve_places
>>> fig = plot_map(resolve_places("قصفت الطائرات مدينتي تعز ومأرب في اليمن"), title="مثال")
>>> fig.axes[0].get_title()
'مثال'
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from matplotlib.artist import Artist
from matplotlib.collections import PolyCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.transforms import Bbox

from kit.places.places import ADMIN_KINDS, GAZETTEER_DIR, WATER_KINDS, load_gazetteer
from kit.show.figures import arabic_fonts, plt

LAND, LAND_EDGE, SEA = "#f4f1ea", "#a8a29a", "#dcebf5"
MENTIONED, IMPLIED = "#efd9a7", "#f6ecd6"
# Marker shape by kind family; colour by role.
SHAPES = {"country": "s", "city": "o", "admin": "D", "water": "^", "region": "^", "other": "o"}
KIND_LABELS = {"country": "دولة", "city": "مدينة أو بلدة", "admin": "محافظة أو ولاية", "water": "بحر أو مضيق أو نهر",
               "region": "منطقة أو إقليم", "other": "مكان"}
ROLE_COLOURS = {"struck": "#c1121f", "said": "#1d4e89", "both": "#7b2cbf", None: "#3a3a3a"}
ROLE_LABELS = {"struck": "مكان قُصف", "said": "مكان قيل فيه شيء", "both": "قُصف وقيل فيه", None: "مذكور"}
ATTRIBUTION = "Natural Earth; GeoNames (CC BY 4.0)"


def kind_family(kind: str) -> str:
    """The marker family of a kind ("city/governorate" → "city": the first kind decides).

    >>> kind_family("city/governorate"), kind_family("governorate"), kind_family("sea region")
    ('city', 'admin', 'water')
    """
    k = (kind or "").split("/")[0]
    if k in ("country", "territory"):
        return "country"
    if k in ("city", "town", "village", "camp", "countryside", "district", "capital"):
        return "city"
    if k in ADMIN_KINDS or k in ("governorate", "state", "province"):
        return "admin" if k != "region" else "admin"
    if k in WATER_KINDS or k in ("sea", "island"):
        return "water"
    if k in ("continent", "area"):
        return "region"
    return "other"


@dataclass
class _Pt:
    id: str
    name_ar: str
    family: str
    lon: float
    lat: float
    country: str | None
    implied: bool
    role: str | None


@lru_cache(maxsize=1)
def load_outlines() -> list[tuple[str, str, tuple, list[np.ndarray]]]:
    """Country outlines: ``(id, iso2, (xmin, ymin, xmax, ymax), [ring arrays])`` (read once)."""
    import shapefile

    out = []
    with shapefile.Reader(str(GAZETTEER_DIR / "outlines"), encoding="utf-8") as r:
        for sr in r.iterShapeRecords():
            pts = np.asarray(sr.shape.points, dtype=float)
            parts = list(sr.shape.parts) + [len(pts)]
            rings = [pts[a:b] for a, b in zip(parts, parts[1:]) if b - a >= 3]
            out.append((sr.record["ID"], sr.record["ISO2"], tuple(sr.shape.bbox), rings))
    return out


def _points(places, roles) -> list[_Pt]:
    gaz = load_gazetteer()
    roles = roles or {}
    pts = []
    for p in places:
        d = p.to_json() if hasattr(p, "to_json") else dict(p)
        fam = kind_family(d.get("kind", ""))
        lat, lon = d["lat"], d["lon"]
        if fam == "country":
            e = gaz.entry(d["id"])
            if e is not None:
                lat, lon = e.label_point
        pts.append(_Pt(d["id"], d.get("name_ar") or d.get("name") or d["id"], fam, float(lon), float(lat),
                       d.get("country"), bool(d.get("implied")), roles.get(d["id"])))
    return pts


def _extent(pts: list[_Pt], min_lon_span=14.0, min_lat_span=9.0, pad=0.12):
    lons = [p.lon for p in pts] or [35.0]
    lats = [p.lat for p in pts] or [32.0]
    x0, x1, y0, y1 = min(lons), max(lons), min(lats), max(lats)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    w = max(x1 - x0, min_lon_span) * (1 + 2 * pad)
    h = max(y1 - y0, min_lat_span) * (1 + 2 * pad)
    # A frame of about 4:3 on the page, in degrees corrected for latitude.
    k = math.cos(math.radians(max(-70.0, min(70.0, cy))))
    if w * k < h * 1.33:
        w = h * 1.33 / k
    else:
        h = w * k / 1.33
    return (max(-180, cx - w / 2), min(180, cx + w / 2), max(-85, cy - h / 2), min(85, cy + h / 2))


def _draw_land(ax, extent, mentioned: set[str], implied: set[str]):
    x0, x1, y0, y1 = extent
    polys, faces = [], []
    for cid, _iso, (bx0, by0, bx1, by1), rings in load_outlines():
        if bx1 < x0 or bx0 > x1 or by1 < y0 or by0 > y1:
            continue
        colour = MENTIONED if cid in mentioned else IMPLIED if cid in implied else LAND
        for ring in rings:
            polys.append(ring)
            faces.append(colour)
    ax.add_collection(PolyCollection(polys, facecolors=faces, edgecolors=LAND_EDGE, linewidths=0.5, zorder=1))
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_facecolor(SEA)
    ax.set_aspect(1 / math.cos(math.radians((y0 + y1) / 2)))
    ax.tick_params(labelsize=7, colors="#777777")


def _draw_markers(ax, pts: list[_Pt], size=55):
    for p in pts:
        colour = ROLE_COLOURS.get(p.role, ROLE_COLOURS[None])
        face = "white" if p.implied else colour
        ax.scatter([p.lon], [p.lat], marker=SHAPES[p.family], s=size * (1.4 if p.role else 1.0), c=face,
                   edgecolors=colour, linewidths=1.3, zorder=5)


def _overlap(a, b) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return w * h if w > 0 and h > 0 else 0.0


# Offsets (points) and alignments tried for a label, right of the marker first (Arabic reads
# leftwards from the marker's right side naturally), then left, above, below.
_SPOTS = [((7, 3), "left", "bottom"), ((-7, 3), "right", "bottom"), ((7, -3), "left", "top"),
          ((-7, -3), "right", "top"), ((0, 9), "center", "bottom"), ((0, -9), "center", "top"),
          ((12, 12), "left", "bottom"), ((-12, -12), "right", "top"), ((12, -14), "left", "top"),
          ((-12, 14), "right", "bottom")]


def _place_labels(ax, pts: list[_Pt], fontsize=10, numbers: list | None = None):
    """Greedy label placement: for each place (most important first) the first spot whose box
    overlaps no label or marker placed so far. A place whose name finds no free spot gets a number
    instead (small, placed the same way), and ``numbers`` collects (number, name) for a key beside
    the map: no label ever covers another.
    """
    fig = ax.figure
    # The equal-aspect map shrinks its box only when drawn: settle it first, so that the pixel
    # boxes measured here are the ones the reader sees.
    ax.apply_aspect()
    renderer = fig.canvas.get_renderer()
    taken = []
    for p in pts:  # markers are obstacles too
        x, y = ax.transData.transform((p.lon, p.lat))
        r = 5
        taken.append(Bbox.from_extents(x - r, y - r, x + r, y + r))
    axbox = ax.get_window_extent(renderer)
    order = sorted(pts, key=lambda p: ({"country": 0, "water": 1, "region": 1, "admin": 2, "city": 3}.get(p.family, 4),
                                       p.role is None))
    texts = []
    deferred = []

    def best_spot(p, text, size, weight, colour):
        best, best_cost = None, None
        for (dx, dy), ha, va in _SPOTS:
            t = ax.annotate(text, (p.lon, p.lat), xytext=(dx, dy), textcoords="offset points", ha=ha, va=va,
                            fontsize=size, fontweight=weight, color=colour, zorder=6,
                            bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.75))
            bb = t.get_window_extent(renderer).expanded(1.05, 1.1)
            cost = sum(_overlap(bb, o) for o in taken)
            outside = max(0, axbox.x0 - bb.x0) + max(0, bb.x1 - axbox.x1) + max(0, axbox.y0 - bb.y0) + max(0, bb.y1 - axbox.y1)
            cost += outside * 50
            if best_cost is None or cost < best_cost:
                if best is not None:
                    best[0].remove()
                best, best_cost = (t, bb), cost
            else:
                t.remove()
            if cost == 0:
                break
        assert best is not None  # _SPOTS is not empty, and the first spot is always taken as best so far
        return best, best_cost

    for p in order:
        weight = "bold" if p.family == "country" else "normal"
        # No italic: DejaVu Sans Oblique has no Arabic glyphs. Water is told apart by colour.
        colour = "#1d3557" if p.family == "water" else "#222222"
        (t, bb), cost = best_spot(p, p.name_ar, fontsize + (1 if p.family == "country" else 0), weight, colour)
        if cost > 0 and numbers is not None:
            t.remove()
            deferred.append((p, weight, colour))
            continue
        taken.append(bb)
        texts.append(t)
    for p, _weight, colour in deferred:
        number = len(numbers) + 1 if numbers is not None else 0
        (t, bb), _ = best_spot(p, str(number), max(6, fontsize - 2), "bold", colour)
        taken.append(bb)
        texts.append(t)
        if numbers is not None:
            numbers.append((number, p.name_ar))
    return texts


def _crowd(pts: list[_Pt], extent) -> list[_Pt]:
    """The largest group of 3+ non-country places that sit close together on this map."""
    x0, x1, y0, y1 = extent
    span = max(x1 - x0, y1 - y0)
    cand = [p for p in pts if p.family not in ("country", "region")]
    if len(cand) < 3:
        return []
    link = 0.07 * span
    groups: list[list[_Pt]] = []
    for p in cand:
        near = [g for g in groups if any(math.hypot(p.lon - q.lon, p.lat - q.lat) <= link for q in g)]
        merged = [p] + [q for g in near for q in g]
        groups = [g for g in groups if g not in near] + [merged]
    best = max(groups, key=len)
    if len(best) < 3:
        return []
    gx = max(q.lon for q in best) - min(q.lon for q in best)
    gy = max(q.lat for q in best) - min(q.lat for q in best)
    return best if max(gx, gy) < 0.3 * span else []


def _free_corner(ax, pts: list[_Pt]) -> tuple[float, float]:
    """Lower-left corner (axes fraction) of the quarter with the fewest places, for the inset."""
    corners = {(0.01, 0.01): 0, (0.59, 0.01): 0, (0.01, 0.59): 0, (0.59, 0.59): 0}
    for p in pts:
        fx, fy = ax.transAxes.inverted().transform(ax.transData.transform((p.lon, p.lat)))
        for (cx, cy) in corners:
            if cx <= fx <= cx + 0.4 and cy <= fy <= cy + 0.4:
                corners[(cx, cy)] += 1
    return min(corners, key=lambda c: (corners[c], -c[1], c[0]))


def plot_map(places, *, roles: dict | None = None, title: str | None = None, ax=None, inset: bool | str = "auto",
             path: str | Path | None = None, figsize=(11, 8), fontsize: int = 10, legend: bool = True):
    """Draw the places on a map of the region they span; returns the matplotlib Figure.

    ``places``: :class:`kit.places.places.Place` objects or their JSON. ``roles``: place id → "struck",
    "said" or "both" (colours the markers). ``inset``: "auto" adds an inset where 3+ places crowd.
    ``path``: also save the figure (``.png``, ``.svg`` or ``.pdf``, by the suffix).

    >>> fig = plot_map([{"id": "x", "name_ar": "دمشق", "kind": "city", "lat": 33.5, "lon": 36.3}])
    >>> [t.get_text() for t in fig.axes[0].texts][:1]
    ['دمشق']
    """
    arabic_fonts()
    pts = _points(places, roles)
    if ax is None:
        fig, ax = plt.subplots(figsize=figsize)
    else:
        fig = ax.figure
    # Countries named only by an adjective (الأمريكية) do not stretch the map to the other side of
    # the world: they are drawn when they fall inside it, and listed under it when they do not.
    named = [p for p in pts if not p.implied] or pts
    extent = _extent(named)
    outside = [p for p in pts if not (extent[0] <= p.lon <= extent[1] and extent[2] <= p.lat <= extent[3])]
    pts = [p for p in pts if p not in outside]
    mentioned = {p.id for p in pts if p.family == "country" and not p.implied}
    implied = {p.id for p in pts if p.family == "country" and p.implied}
    _draw_land(ax, extent, mentioned, implied)
    crowd = _crowd(pts, extent) if inset else []
    _draw_markers(ax, pts)
    in_inset = {id(p) for p in crowd}
    numbered: list[tuple[int, str]] = []  # places whose name had no free spot: a number and a key
    _place_labels(ax, [p for p in pts if id(p) not in in_inset], fontsize=fontsize, numbers=numbered)
    if crowd:
        cx0, cx1 = min(p.lon for p in crowd), max(p.lon for p in crowd)
        cy0, cy1 = min(p.lat for p in crowd), max(p.lat for p in crowd)
        sub = _extent(crowd, min_lon_span=3.0, min_lat_span=2.0, pad=0.35)
        corner = _free_corner(ax, pts)
        iax = ax.inset_axes([corner[0], corner[1], 0.4, 0.4])
        _draw_land(iax, sub, mentioned, implied)
        _draw_markers(iax, crowd, size=45)
        iax.set_xticks([])
        iax.set_yticks([])
        for s in iax.spines.values():
            s.set_edgecolor("#555555")
        ax.indicate_inset((sub[0], sub[2], sub[1] - sub[0], sub[3] - sub[2]), inset_ax=iax, edgecolor="#555555",
                          alpha=0.8)
        # Labels in the inset only: in the main map the crowded labels would fight.
        _place_labels(iax, crowd, fontsize=fontsize - 1, numbers=numbered)
        del cx0, cx1, cy0, cy1
    ax.set_title(title if title is not None else "أماكن الخبر", fontsize=fontsize + 4)
    if legend:
        families = sorted({p.family for p in pts}, key=list(SHAPES).index)
        handles: list[Artist] = [Line2D([], [], linestyle="", marker=SHAPES[f], markersize=8, markerfacecolor="#777777",
                          markeredgecolor="#3a3a3a", label=KIND_LABELS[f]) for f in families]
        rls = sorted({p.role for p in pts}, key=lambda r: list(ROLE_COLOURS).index(r) if r in ROLE_COLOURS else 99)
        if any(r is not None for r in rls):  # a role legend only when roles were given
            handles += [Patch(facecolor=ROLE_COLOURS.get(r, ROLE_COLOURS[None]), label=ROLE_LABELS.get(r, str(r)))
                        for r in rls]
        if any(p.implied for p in pts):
            handles.append(Line2D([], [], linestyle="", marker="s", markersize=8, markerfacecolor="white",
                                  markeredgecolor="#3a3a3a", label="مكان لم يُسمَّ صراحة (صفة نسبة أو جزء من اسم)"))
        ax.legend(handles=handles, loc="lower left" if _free_corner(ax, pts) != (0.01, 0.01) else "lower right",
                  fontsize=fontsize - 2, framealpha=0.9)
    if numbered:
        # The key of the numbered places, beside the map (right of it, where Arabic starts).
        key_text = "\n".join(f"{name} {n}" for n, name in numbered)
        ax.annotate(key_text, (1, 1), xycoords="axes fraction", xytext=(8, 0), textcoords="offset points",
                    ha="left", va="top", fontsize=fontsize - 1, color="#222222",
                    bbox=dict(boxstyle="round,pad=0.4", fc="white", ec="#999999"))
    if outside:
        ax.annotate("خارج الخريطة: " + "، ".join(p.name_ar for p in outside), (0, 0), xycoords="axes fraction",
                    xytext=(3, -22), textcoords="offset points", ha="left", va="top", fontsize=fontsize - 1,
                    color="#444444")
    ax.annotate(ATTRIBUTION, (1, 0), xycoords="axes fraction", xytext=(-3, 3), textcoords="offset points",
                ha="right", va="bottom", fontsize=6, color="#666666")
    if path is not None:
        save_figure(fig, path)
    return fig


def save_figure(fig, path: str | Path) -> Path:
    """Save a figure as PNG, SVG or PDF (by the suffix); returns the path.

    >>> import tempfile, os
    >>> p = save_figure(plot_map([]), os.path.join(tempfile.mkdtemp(), "map.svg"))
    >>> p.suffix, p.stat().st_size > 1000
    ('.svg', True)
    """
    from kit.text.article import InputError

    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise InputError(f"save the map as .png, .svg or .pdf, not {path.suffix or 'no suffix'}")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=150, bbox_inches="tight")
    return path
