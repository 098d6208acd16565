"""The place explorer: filter the places of an article by kind or event type, click through them,
and see each one's mentions highlighted in the text, with the evidence.

Used through :func:`kit.show.widgets.place_explorer`. Every control is a plain attribute, so a test (or
a curious student) can drive it: set ``ex.kind.value``, ``ex.place.value``, press ``ex.next``.

>>> from kit.text.article import parse_article
>>> ex = PlaceExplorer(parse_article("قصف في تعز\\n\\nقصفت الطائرات مدينتي تعز ومأرب في اليمن."), show_map=False)
>>> [label for label, _ in ex.place.options]
['تعز — مدينة (2)', 'مأرب — مدينة (1)', 'اليمن — دولة (1)']
"""
from __future__ import annotations

import html as _html

import ipywidgets as W

from kit.analysis.pipeline import as_analysis
from kit.show.display import highlight_html
from kit.show.maps import kind_family
from kit.text import lexicon

KIND_NAMES_AR = {"country": "دولة", "city": "مدينة", "admin": "محافظة أو ولاية", "water": "بحر أو مضيق أو نهر",
                 "region": "منطقة", "other": "مكان"}
EVENT_NAMES_AR = {r["type"]: r["one"] for r in lexicon.rows("event_types")}
STRUCK = {"strike", "attack"}
SAID = {"statement", "call", "pledge", "threat", "order", "consult", "agreement"}
ALL = "__all__"


def roles_from_events(events) -> dict[str, str]:
    """Place id → "struck", "said" or "both", from the analysis's events.

    >>> from kit.timeline import Event
    >>> roles_from_events([Event(0, 4, "قصفت", 0, "strike", None, None, ["gn:1"], None, "none"),
    ...                    Event(5, 8, "قال", 0, "statement", None, None, ["gn:1", "gn:2"], None, "none")])
    {'gn:1': 'both', 'gn:2': 'said'}
    """
    roles: dict[str, str] = {}
    for ev in events or []:
        t = ev.type
        role = "struck" if t in STRUCK else "said" if t in SAID else None
        if role is None:
            continue
        for pid in ev.places:
            old = roles.get(pid)
            roles[pid] = role if old in (None, role) else "both"
    return roles


def _implied_note(p) -> str:
    """Why a place is on the map without being named: its adjective («السوداني» → السودان), or a name it
    is part of («معرض الكويت الدولي للكتاب» → الكويت)."""
    if not p.implied:
        return ""
    return " — تدل عليه صفة نسبة" if (p.source or "").startswith("nisba") else " — ورد جزءًا من اسم حدث أو عمل"


class PlaceExplorer:
    """Filters (kind, event type), a list of places, previous/next buttons, the place's card and the
    article with its mentions highlighted; optionally the map of the places shown."""

    def __init__(self, analysis, roles: dict | None = None, show_map: bool = True):
        from kit.show.rtl import labelled

        analysis = as_analysis(analysis)
        self.article = analysis.article
        self.places = list(analysis.places)
        self.events = list(analysis.events)
        self.roles = roles if roles is not None else roles_from_events(self.events)
        families = []
        for p in self.places:
            f = kind_family(p.kind)
            if f not in families:
                families.append(f)
        self.kind = W.Dropdown(options=[("كل الأنواع", ALL)] + [(KIND_NAMES_AR.get(f, f), f) for f in families], value=ALL)
        types = []
        for ev in self.events:
            t = ev.type
            if t and t not in types and ev.places:
                types.append(t)
        self.event_type = W.Dropdown(options=[("كل الأحداث", ALL)] + [(EVENT_NAMES_AR.get(t, t), t) for t in types],
                                     value=ALL, disabled=not types)
        self.place = W.Select(options=[], rows=min(10, max(3, len(self.places))), layout=W.Layout(width="320px"))
        self.prev = W.Button(description="◀", tooltip="السابق", layout=W.Layout(width="48px"))
        self.next = W.Button(description="▶", tooltip="التالي", layout=W.Layout(width="48px"))
        self.card = W.HTML()
        self.text = W.HTML()
        # A PNG in an Image widget rather than a figure displayed into an Output widget: capturing
        # output while the cell ran left headless runs (reports, tests) waiting for a reply that never
        # came, in 6 of 24 reports built three at a time (0 of 12 since).
        self.map = W.Image(format="png", layout=W.Layout(max_width="520px")) if show_map else None
        self._shown: list = []

        self.kind.observe(self._refilter, names="value")
        self.event_type.observe(self._refilter, names="value")
        self.place.observe(self._show, names="value")
        self.prev.on_click(lambda _: self.step(-1))
        self.next.on_click(lambda _: self.step(+1))

        controls = W.VBox([labelled("النوع", self.kind), labelled("نوع الحدث", self.event_type),
                           W.HBox([self.next, self.place, self.prev], layout=W.Layout(justify_content="flex-end")),
                           self.card])
        top = [controls] + ([self.map] if self.map is not None else [])
        self.widget = W.VBox([W.HBox(top[::-1]), self.text])
        self._refilter()

    # --- what the controls do ----------------------------------------------------------------

    def visible(self) -> list:
        """The places that pass the filters."""
        out = []
        for p in self.places:
            if self.kind.value != ALL and kind_family(p.kind) != self.kind.value:
                continue
            if self.event_type.value != ALL:
                ids = {pid for ev in self.events if ev.type == self.event_type.value
                       for pid in ev.places}
                if p.id not in ids:
                    continue
            out.append(p)
        return out

    def _refilter(self, *_):
        self._shown = self.visible()
        options = [(f"{p.name_ar} — {KIND_NAMES_AR.get(kind_family(p.kind), '')}"
                    f" ({len(p.mentions)})", i) for i, p in enumerate(self._shown)]
        self.place.options = options
        self.place.value = 0 if options else None
        self._show()  # the value may not have changed (0 → 0) while the list did
        self._draw_map()

    def step(self, delta: int) -> None:
        """Go to the previous (-1) or next (+1) place, wrapping around."""
        if not self._shown:
            return
        i = self.place.value if self.place.value is not None else -delta
        self.place.value = (i + delta) % len(self._shown)

    def _show(self, *_):
        text = self.article.text
        if self.place.value is None or not self._shown:
            self.card.value = '<div dir="rtl">لا أماكن بهذا الشرط.</div>'
            self.text.value = highlight_html(text, [])
            return
        p = self._shown[self.place.value]
        role = self.roles.get(p.id)
        lines = [f"<b>{_html.escape(p.name_ar or '')}</b> ({_html.escape(p.name or '')})",
                 f"النوع: {_html.escape(p.kind or '')}" + _implied_note(p),
                 f"الإحداثيات: {p.lat:.2f}، {p.lon:.2f}" + (f" — {p.country}" if p.country else ""),
                 f"الإشارات: {len(p.mentions)}"]
        if role:
            lines.append({"struck": "دوره في الخبر: مكان قُصف", "said": "دوره في الخبر: مكان قيل فيه شيء",
                          "both": "دوره في الخبر: قُصف وقيل فيه شيء"}.get(role, role))
        ev = p.evidence
        if ev:
            lines.append(f'<span dir="ltr" style="color:#555; font-size:0.85em">{_html.escape(ev)}</span>')
        self.card.value = '<div dir="rtl" lang="ar" style="text-align:right">' + "<br>".join(lines) + "</div>"
        spans = [{"start": s, "end": e, "label": "LOC", "title": ev or p.name or ""}
                 for s, e in (p.mentions)]
        self.text.value = highlight_html(text, spans)

    def _draw_map(self):
        if self.map is None:
            return
        from kit.show.figures import detached_axes, png_bytes
        from kit.show.maps import plot_map

        if not self._shown:
            self.map.value = b""
            return
        # Not a pyplot figure: the inline backend neither draws it a second time under the cell
        # nor closes it while the callback still draws.
        fig = plot_map(self._shown, roles=self.roles, ax=detached_axes((7, 5)), fontsize=9)
        self.map.value = png_bytes(fig, bbox_inches="tight")

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)
