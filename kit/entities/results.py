"""What the entity recogniser finds: mentions, role mentions, nisbas, and the entities they name.

Every mention is a :class:`kit.text.spans.Span` (``text == article.text[start:end]``) written to JSON
by :func:`kit.text.spans.to_json`.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kit.text.spans import Span, dataframe, to_json

if TYPE_CHECKING:  # pandas only for the tables: `kit analyze` starts without it
    import pandas as pd


@dataclass
class Mention(Span):
    """One mention of a named entity, with where it is, what it names and why it was found.

    >>> Mention(0, 4, "أوبك", "ORG", "OPEC", "ORG:opec", "gazetteer", "organisation gazetteer").to_json()["canonical"]
    'OPEC'
    """

    type: str
    canonical: str
    entity_id: str
    source: str
    evidence: str
    sources: list[str] = field(default_factory=list)
    score: float | None = None
    ref: str | None = None

    JSON = ("start", "end", "text", "type", "canonical", "entity_id", "source", "evidence", "sources")


@dataclass
class Role(Span):
    """A role mention ("الرئيس الروسي", "الوزير") and the person it refers to."""

    entity_id: str
    evidence: str
    head: str = ""

    JSON = ("start", "end", "text", "entity_id", "evidence")


@dataclass
class Nisba(Span):
    """A nisba adjective and its noun ("الأراضي المصرية"), linked to the country it names."""

    country: str | None
    entity_id: str | None
    adjective: str = ""

    JSON = ("start", "end", "text", "country", "entity_id", "adjective")


@dataclass
class Entity:
    """All mentions of one thing: its id, type, canonical name and the spellings seen."""

    entity_id: str
    type: str
    canonical: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    country: str | None = None
    gazetteer_aliases: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"entity_id": self.entity_id, "type": self.type, "canonical": self.canonical,
                "aliases": list(self.aliases), "mentions": len(self.mentions), "roles": [r.text for r in self.roles]}


class Entities:
    """What :func:`find_entities` found: ``mentions``, ``roles``, ``nisbas`` and the entities."""

    def __init__(self, text: str, mentions: list[Mention], roles: list[Role], nisbas: list[Nisba],
                 entities: dict[str, Entity]):
        self.text = text
        self.mentions = mentions
        self.roles = roles
        self.nisbas = nisbas
        self.entities = entities

    def __len__(self) -> int:
        return len(self.mentions)

    def __iter__(self):
        return iter(self.mentions)

    def __repr__(self) -> str:
        counts = Counter(m.type for m in self.mentions)
        return (f"Entities({len(self.mentions)} mentions of {len(self.entities)} entities "
                f"{dict(sorted(counts.items()))}, {len(self.roles)} roles, {len(self.nisbas)} nisbas)")

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id (None when there is none)."""
        return self.entities.get(entity_id)

    def of_type(self, typ: str) -> list[Mention]:
        return [m for m in self.mentions if m.type == typ]

    def by_entity(self) -> list[Entity]:
        """Entities, most mentioned first."""
        return sorted(self.entities.values(), key=lambda e: (-len(e.mentions) - len(e.roles), e.entity_id))

    def spans(self, *, roles: bool = False, nisbas: bool = False, entity_id: str | None = None,
              type: str | None = None) -> list[dict]:
        """Spans for :func:`kit.show.display.highlight_html`: label = type, title = the evidence."""
        out = []
        for m in self.mentions:
            if (entity_id and m.entity_id != entity_id) or (type and m.type != type):
                continue
            out.append({"start": m.start, "end": m.end, "label": m.type,
                        "title": f"{m.canonical} · {m.source}: {m.evidence}"})
        if roles:
            for r in self.roles:
                if entity_id and r.entity_id != entity_id:
                    continue
                ent = self.entities.get(r.entity_id)
                out.append({"start": r.start, "end": r.end, "label": "ROLE",
                            "title": f"{ent.canonical if ent else r.entity_id}: {r.evidence}"})
        if nisbas:
            for n in self.nisbas:
                if entity_id and n.entity_id != entity_id:
                    continue
                out.append({"start": n.start, "end": n.end, "label": "NISBA", "title": f"nisba of {n.country}"})
        return out

    def table(self):
        """The mentions as a pandas DataFrame, in text order."""
        cols = ["start", "end", "text", "type", "canonical", "entity_id", "source", "sources", "evidence"]
        rows = [{**to_json(m), "sources": ", ".join(m.sources)} for m in self.mentions]
        return dataframe(rows, columns=cols)

    def entities_table(self):
        """One row per entity: id, type, canonical name, spellings, mention and role counts."""
        rows = [{"entity_id": e.entity_id, "type": e.type, "canonical": e.canonical,
                 "aliases": " | ".join(e.aliases), "mentions": len(e.mentions), "roles": len(e.roles)}
                for e in self.by_entity()]
        return dataframe(rows, columns=["entity_id", "type", "canonical", "aliases", "mentions", "roles"])

    def cooccurrence(self, article) -> pd.DataFrame:
        """How many sentences (title and subtitle included) two entities share: a square table
        indexed by entity id. Role mentions count for the person they refer to.
        """
        segs = [(s.start, s.end) for s in article.segments]
        ids = [e.entity_id for e in self.by_entity()]
        table = dataframe(0, index=ids, columns=ids)
        items = [(m.start, m.entity_id) for m in self.mentions] + [(r.start, r.entity_id) for r in self.roles]
        for s, e in segs:
            present = sorted({eid for start, eid in items if s <= start < e})
            for a in present:
                for b in present:
                    table.loc[a, b] += 1
        return table

    def to_json(self) -> dict:
        return {"entities": to_json(self.mentions), "roles": to_json(self.roles), "nisbas": to_json(self.nisbas)}

