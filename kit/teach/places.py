"""Checkers of notebook 04 (map the places).

>>> check_missing_place(None)
❌ Not yet: answer with a gazetteer (load_gazetteer().copy(), then add_place(...)), not None.
>>> check_ambiguous_by_context("اشتباكات عنيفة في طرابلس شمال لبنان")
✅ طرابلس → Tripoli, Lebanon (LB): the context (لبنان) outranked the larger Tripoli in Libya.
"""
from __future__ import annotations

from kit.teach.checks import Check, failed, passed

# Exercise 1: a refugee camp the gazetteer lacks. Zaatari camp, Jordan (about 32.29 N, 36.33 E).
MISSING_SENTENCE = "زار المفوض السامي لشؤون اللاجئين مخيم الزعتري للاجئين السوريين في الأردن أمس."
MISSING_NAME = "الزعتري"
MISSING_POINT = (32.295, 36.326)
MISSING_TOLERANCE_KM = 25

# Exercise 2: طرابلس is Tripoli in Libya (larger) or in Lebanon; the sentence must make it Lebanon's.
AMBIGUOUS_NAME = "طرابلس"
AMBIGUOUS_WANTED = "LB"


def check_missing_place(answer) -> Check:
    """Exercise: teach the gazetteer the Zaatari camp so that MISSING_SENTENCE puts it on the map."""
    from kit.places.places import Gazetteer, haversine_km, resolve_places
    from kit.text.arabic import fold

    if not isinstance(answer, Gazetteer):
        return failed(f"answer with a gazetteer (load_gazetteer().copy(), then add_place(...)), not {answer!r}.")
    try:
        places = resolve_places(MISSING_SENTENCE, gazetteer=answer)
    except Exception as e:  # a student's odd entry is feedback, not a crash
        return failed(f"resolving the sentence raised {type(e).__name__}: {e}")
    start = MISSING_SENTENCE.index(MISSING_NAME)
    hit = [p for p in places if any(s <= start < e for s, e in p.mentions)]
    if not hit:
        return failed(f"{MISSING_NAME} is still not found in the sentence: add it with gaz.add_place(\"{MISSING_NAME}\", lat, lon, ...).")
    p = hit[0]
    d = haversine_km(p.lat, p.lon, *MISSING_POINT)
    if d > MISSING_TOLERANCE_KM:
        return failed(f"{MISSING_NAME} is found but {d:.0f} km from the camp: check lat ({p.lat}) and lon ({p.lon}); "
                      "latitude comes first, and the camp is in northern Jordan.")
    if p.country != "JO":
        return failed(f"the point is right; give the country too (ISO2 code of Jordan), not {p.country!r}.")
    if fold(p.kind) not in ("camp", "town", "village", "city"):
        return failed(f"the point is right; its kind {p.kind!r} should say what it is (a camp).")
    return passed(f"{MISSING_NAME} → {p.name} ({p.kind}, {p.country}), {d:.0f} km from the camp's centre.")


def check_ambiguous_by_context(answer) -> Check:
    """Exercise: write a sentence in which طرابلس resolves to Tripoli, Lebanon, by context."""
    from kit.places.places import find_place_mentions
    from kit.text.article import InputError

    if not isinstance(answer, str) or AMBIGUOUS_NAME not in answer:
        return failed(f"answer with a sentence (a str) that contains {AMBIGUOUS_NAME}.")
    try:
        mentions = find_place_mentions(answer)
    except InputError as e:
        return failed(f"the sentence could not be read: {e}")
    tripoli = [m for m in mentions if AMBIGUOUS_NAME in m.text]
    if not tripoli:
        return failed(f"{AMBIGUOUS_NAME} is not read as a place in your sentence: put it where a place goes (في، إلى، من).")
    top = tripoli[0].best
    assert top is not None  # find_place_mentions keeps only names with a candidate
    best = top.entry
    if best.country != AMBIGUOUS_WANTED:
        return failed(f"{AMBIGUOUS_NAME} still goes to {best.name_en} ({best.country}): the larger Tripoli wins "
                      "unless the article names the other one's country.")
    others = [m.text for m in mentions if m is not tripoli[0]]
    why = f"the context ({'، '.join(others)})" if others else "the spelling"
    return passed(f"{AMBIGUOUS_NAME} → {best.name_en}, Lebanon ({best.country}): {why} outranked the larger Tripoli in Libya.")
