"""The timeline as a picture: time expressions, events coloured by type, durations as bars, the
publication date marked, and the dated events the article refers to ("from outside the text").

With a publication date the axis is the calendar; without one it counts days from "day 0", the
unknown publication day, and only the expressions anchored on it can be drawn. Labels are plain
Arabic strings: matplotlib >= 3.11 shapes them itself. Used through :func:`kit.show.plots.plot_timeline`.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

import matplotlib.dates as mdates

from kit.show.figures import arabic_fonts, plt
from kit.text import lexicon

# Each event type's colour and lane label (data/lexicon/event_types.tsv), in the lexicon's order.
EVENT_COLOURS = {r["type"]: r["colour"] for r in lexicon.rows("event_types")}
TYPE_NAMES = {r["type"]: r["lane"] for r in lexicon.rows("event_types")}
TIMEX_LANE = "تعابير زمنية"
REFERENCE_LANE = "من خارج النص"
MAX_ROWS = 4  # rows of labels a lane may grow to
ROW_PT = 12  # points between two rows of labels
ROW_IN = ROW_PT / 72 + 0.05  # the height a row adds to its lane, in inches (y is in inches here)
PART_HOURS: dict[str | None, int] = {"MO": 9, "MI": 12, "AF": 15, "EV": 19, "NI": 22}  # read with a key that may be absent
# The Egyptian/Gulf month names (the first of each month in data/lexicon/months.tsv) label the axis.
MONTHS_AR = [next(r["name"] for r in lexicon.rows("months") if r["calendar"] == "gregorian" and int(r["month"]) == m)
             for m in range(1, 13)]


def arabic_date(iso: str) -> str:
    """A date for an Arabic label; an ISO date would be reordered by the right-to-left layout.

    >>> arabic_date("2016-03-15")
    '15 مارس 2016'
    """
    d = date.fromisoformat(iso)
    return f"{d.day} {MONTHS_AR[d.month - 1]} {d.year}"


def value_span(value: str | None) -> tuple[datetime, datetime] | None:
    """The stretch of time a TIMEX3 value covers, as (start, end) datetimes; None when it has none.

    >>> value_span("2016-03-15TEV")[0], value_span("2016-03-15")[0]
    (datetime.datetime(2016, 3, 15, 19, 0), datetime.datetime(2016, 3, 15, 12, 0))
    >>> value_span("2016-W11")[0].date(), value_span("199")[1].year
    (datetime.date(2016, 3, 14), 1999)
    """
    try:
        return _value_span(value)
    except (ValueError, OverflowError):  # a value at the edge of the calendar cannot be drawn
        return None


def _value_span(value):
    if not value or value.startswith(("X", "P")) or value.endswith("_REF"):
        if value and "/" in value:
            pass
        else:
            return None
    if "/" in value:
        a, b = value.split("/", 1)
        sa, sb = _value_span(a), _value_span(b)
        return (sa[0], sb[1]) if sa and sb else None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T([A-Z]{2}))?", value)
    if m:
        d = datetime(int(m[1]), int(m[2]), int(m[3]), 12)  # a whole day is drawn at its noon
        if m[4]:
            d = d.replace(hour=int(m[4]), minute=int(m[5]))
        elif m[6]:
            d = d.replace(hour=PART_HOURS.get(m[6], 12))
        return d, d
    m = re.fullmatch(r"(\d{4})-([QH])(\d)", value)
    if m:
        y, months = int(m[1]), 3 if m[2] == "Q" else 6
        first = (int(m[3]) - 1) * months + 1
        last = first + months - 1
        return datetime(y, first, 1), datetime(y, last, calendar.monthrange(y, last)[1])
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        start = datetime.fromisocalendar(int(m[1]), int(m[2]), 1)
        return start, start + timedelta(days=6)
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        y, mo = int(m[1]), int(m[2])
        return datetime(y, mo, 1), datetime(y, mo, calendar.monthrange(y, mo)[1])
    if re.fullmatch(r"\d{4}", value):
        return datetime(int(value), 1, 1), datetime(int(value), 12, 31)
    if re.fullmatch(r"\d{3}", value):
        return datetime(int(value) * 10, 1, 1), datetime(int(value) * 10 + 9, 12, 31)
    return None


def anchor_span(anchor: dict | None) -> tuple[float, float] | None:
    """Days from the publication day ("day 0") an anchored expression covers, for a timeline
    without a date; None for expressions that need the date (a weekday, a month).

    >>> anchor_span({"relative_days": -1, "part_of_day": "EV"}), anchor_span({"relative_days": 0})
    ((-0.20833333333333337, -0.20833333333333337), (0.5, 0.5))
    >>> anchor_span({"duration": "PT48H", "amount": 48, "unit": "H", "direction": "past"})
    (-2.0, 0.0)
    """
    if not anchor:
        return None
    if "duration" in anchor:
        if not anchor.get("amount"):
            return None
        days = {"H": 1 / 24, "MIN": 1 / 1440, "D": 1, "W": 7, "M": 30.4, "Y": 365.25, "DE": 3652.5,
                "CE": 36525}[anchor["unit"]] * anchor["amount"]
        return (-float(days), 0.0) if anchor.get("direction") == "past" else (0.0, float(days))
    if "relative_days" in anchor:
        x = anchor["relative_days"] + anchor.get("shift_days", 0)
        if anchor.get("time"):
            h, mi = map(int, anchor["time"].split(":"))
            x += (h + mi / 60) / 24
        else:
            x += PART_HOURS.get(anchor.get("part_of_day"), 12) / 24
        return float(x), float(x)
    for key, days in (("relative_weeks", 7), ("relative_months", 30.4), ("relative_years", 365.25)):
        if key in anchor:
            centre = anchor[key] * days
            return centre - days / 2, centre + days / 2
    return None


def _items(timexes, events, references, dct):
    """(lane, start, end, label, colour, hollow) in calendar or day-0 coordinates."""
    out, left_out = [], []
    d0 = datetime.fromisoformat(dct) if dct else None

    def place(value, anchor):
        if d0 is not None:
            span = value_span(value)
            return None if span is None else (mdates.date2num(span[0]), mdates.date2num(span[1]))
        return anchor_span(anchor)

    for t in timexes:
        if t.type == "SET":
            continue
        span = place(t.value if not t.interval else f"{t.interval[0]}/{t.interval[1]}", t.anchor)
        if span is None:
            left_out.append(t.text)
            continue
        out.append((TIMEX_LANE, *span, t.text, "#6c757d", False))
    for e in events:
        span = place(e.time, e.time_anchor)
        if span is None:
            left_out.append(e.trigger)
            continue
        label = e.trigger + (f" ({e.actor_name})" if e.actor_name else "")
        out.append((TYPE_NAMES.get(e.type, e.type), *span, label, EVENT_COLOURS.get(e.type, "#333333"),
                    e.time_precision != "expression"))
    seen = set()
    for r in references or []:
        if not r.date or d0 is None:  # no calendar to put an outside date on
            left_out.append(r.text)
            continue
        if r.event_id in seen:
            continue
        seen.add(r.event_id)
        x = mdates.date2num(datetime.fromisoformat(r.date) + timedelta(hours=12))
        out.append((REFERENCE_LANE, x, x, f"{r.text}: {arabic_date(r.date)}", "#2b2d42", False))
    return out, left_out


def plot_timeline(timeline=None, *, timexes=None, events=None, references=None, dct="timeline",
                  ax=None, title=None, max_span_days=400):
    """Draw a timeline: pass a :class:`kit.analysis.Analysis`, or ``timexes``/``events``/``references``
    lists and ``dct``. Items further than ``max_span_days`` from the publication date are listed
    under the figure instead of squeezing the rest into a dot.

    >>> from kit.text.article import parse_article
    >>> from kit.analysis import analyze
    >>> tl = analyze(parse_article("خبر\\n\\nقصفت الطائرات أمس مواقع. وقال المتحدث إن الهدنة انهارت.", dct="2020-03-02"))
    >>> fig = plot_timeline(tl)
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['تعابير زمنية', 'ضربات', 'تصريحات']
    """
    arabic_fonts()
    if timeline is not None:
        timexes = timeline.timexes if timexes is None else timexes
        events = timeline.events if events is None else events
        references = timeline.references if references is None else references
        dct = timeline.dct if dct == "timeline" else dct
    elif dct == "timeline":
        dct = None
    timexes, events, references = list(timexes or []), list(events or []), list(references or [])
    if dct and not 100 <= int(dct[:4]) <= 9900:
        dct = None  # matplotlib's calendar ends at year 9999: draw around "day 0" instead
    items, left_out = _items(timexes, events, references, dct)
    centre = mdates.date2num(datetime.fromisoformat(dct)) if dct else 0.0
    far = [i for i in items if min(abs(i[1] - centre), abs(i[2] - centre)) > max_span_days]
    items = [i for i in items if i not in far]
    left_out += [i[3] for i in far]
    present = {i[0] for i in items}
    lanes = [TIMEX_LANE] + [TYPE_NAMES[k] for k in EVENT_COLOURS if TYPE_NAMES[k] in present]
    lanes += sorted(present - set(lanes) - {REFERENCE_LANE})
    if REFERENCE_LANE in present:
        lanes.append(REFERENCE_LANE)
    xs = [x for i in items for x in (i[1], i[2])] + [centre, centre + 1]
    lo, hi = min(xs), max(xs)
    pad = max(1.0, (hi - lo) * 0.15)
    tolerance = (hi - lo + 3.5 * pad) * 0.012  # labels of items this close share one label
    # One label per spot of a lane: the first two items there, and how many more sit with them.
    labels_of: dict[str, list[tuple[float, str]]] = {}
    for lane in lanes:
        points = sorted((i[2], i[3]) for i in items if i[0] == lane)
        groups: list[list[tuple[float, str]]] = []
        for x, label in points:
            if groups and x - groups[-1][0][0] <= tolerance:
                groups[-1].append((x, label))
            else:
                groups.append([(x, label)])
        labels_of[lane] = []
        for group in groups:
            names = list(dict.fromkeys(label for _, label in group))
            text = "، ".join(names[:2]) + (f" (و{len(names) - 2} غيرها)" if len(names) > 2 else "")
            labels_of[lane].append((group[0][0], text))
    width_in = 11.0
    if ax is None:
        fig, ax = plt.subplots(figsize=(width_in, 3))
    else:
        fig = ax.figure
    ax.set_xlim(lo - pad, hi + pad * 2.5)
    # Rows of labels above each lane: a label goes to the lowest row where it overlaps no other
    # label of the lane (measured in pixels), so that 20+ points stay readable; a lane grows
    # with its rows. A label that finds no row among MAX_ROWS is listed under the figure.
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    row_of: dict[tuple[str, int], int] = {}
    rows_needed: dict[str, int] = {}
    unlabelled: list[str] = []
    x_min_px, x_max_px = ax.get_window_extent(renderer).x0, ax.get_window_extent(renderer).x1
    for lane in lanes:
        placed: list[list[tuple[float, float]]] = []
        for k, (x, text) in enumerate(labels_of[lane]):
            probe = ax.text(x, 0, text, fontsize=8)
            w = probe.get_window_extent(renderer).width + 8
            probe.remove()
            px = ax.transData.transform((x, 0))[0]
            right_half = px > (x_min_px + x_max_px) / 2
            a, b = (px - w, px) if right_half else (px, px + w)
            for r in range(MAX_ROWS):
                if r == len(placed):
                    placed.append([])
                if all(b <= s0 or a >= s1 for s0, s1 in placed[r]):
                    placed[r].append((a, b))
                    row_of[(lane, k)] = r
                    break
            else:
                unlabelled.append(text)
        rows_needed[lane] = max(1, len(placed))
    # Lane baselines in inches from the top, each lane as tall as its rows.
    y_of: dict[str, float] = {}
    y = 0.0
    for lane in lanes:
        y -= 0.22 + ROW_IN * rows_needed[lane]
        y_of[lane] = y
    height = 1.5 - y
    if ax.figure is fig and len(fig.axes) == 1:
        fig.set_size_inches(width_in, height)
    for lane, x0, x1, _label, colour, hollow in items:
        y = y_of[lane]
        if x1 - x0 > 0.01:
            ax.plot([x0, x1], [y, y], color=colour, linewidth=7, alpha=0.45, solid_capstyle="butt")
            ax.plot([x1], [y], marker="|", color=colour, markersize=14)
        else:
            ax.plot([x0], [y], marker="o", markersize=9, color=colour,
                    markerfacecolor="white" if hollow else colour, markeredgewidth=2)
    for lane in lanes:
        for k, (x, text) in enumerate(labels_of[lane]):
            if (lane, k) not in row_of:
                continue
            px = ax.transData.transform((x, 0))[0]
            right_half = px > (x_min_px + x_max_px) / 2
            # Labels run away from the nearer edge, so that none is cut off at the figure's side
            # (news timelines crowd at the publication day, the right end).
            ax.annotate(text, (x, y_of[lane]), xytext=(-4 if right_half else 4, 7 + ROW_PT * row_of[(lane, k)]),
                        textcoords="offset points", fontsize=8, color="#222222",
                        ha="right" if right_half else "left", va="bottom")
    if unlabelled:
        left_out += [f"{t} (بلا تسمية)" for t in unlabelled]
    top = 0.0
    if dct:
        ax.axvspan(centre, centre + 1, color="#e63946", alpha=0.12)  # the publication day, whole
        # above the lanes, where no label goes
        ax.annotate(f"تاريخ النشر {arabic_date(dct)}", (centre, top), xytext=(4, 2), textcoords="offset points",
                    color="#e63946", fontsize=8, ha="right" if centre > (lo + hi) / 2 else "left", va="bottom")
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    else:
        ax.axvspan(0, 1, color="#e63946", alpha=0.12)
        ax.annotate("اليوم صفر: يوم النشر (تاريخه غير معروف)", (0, top), xytext=(4, 2),
                    textcoords="offset points", color="#e63946", fontsize=8, va="bottom")
        ax.set_xlabel("أيام قبل يوم النشر وبعده")
    ax.set_yticks([y_of[lane] for lane in lanes])
    ax.set_yticklabels(lanes)
    ax.set_ylim(min(y_of.values()) - 0.35 if y_of else -1, top + 0.25)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(title or "الخط الزمني للخبر")
    if left_out:
        shown = "، ".join(dict.fromkeys(left_out))
        ax.text(0.0, -0.28 if len(lanes) < 4 else -0.18, f"خارج الرسم: {shown}", transform=ax.transAxes,
                fontsize=7, color="#555555", ha="left", va="top", wrap=True)
    handles = [plt.Line2D([], [], marker="o", linestyle="", color="#444444", markerfacecolor="#444444"),
               plt.Line2D([], [], marker="o", linestyle="", color="#444444", markerfacecolor="white")]
    ax.legend(handles, ["وقت من النص", "تاريخ النشر بدلا من وقت في النص"], loc="lower right", fontsize=7)
    fig.tight_layout()
    return fig
