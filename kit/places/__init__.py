"""Places: from a name in the text to a point on the map, offline (see :mod:`kit.places.places`).

>>> [p.name for p in resolve_places("وصل الوفد إلى القاهرة")]
['Cairo']
"""
from kit.places.places import (
    ADMIN_KINDS,
    SETTLEMENT_KINDS,
    WATER_KINDS,
    Candidate,
    Entry,
    Gazetteer,
    NisbaMention,
    Place,
    PlaceMention,
    candidates_table,
    find_nisbas,
    find_place_mentions,
    haversine_km,
    load_gazetteer,
    name_key,
    nisba_country,
    places_geojson,
    resolve_places,
    scan_places,
)

__all__ = [
    "ADMIN_KINDS", "SETTLEMENT_KINDS", "WATER_KINDS", "Candidate", "Entry", "Gazetteer", "NisbaMention", "Place",
    "PlaceMention", "candidates_table", "find_nisbas", "find_place_mentions", "haversine_km", "load_gazetteer",
    "name_key", "nisba_country", "places_geojson", "resolve_places", "scan_places",
]
