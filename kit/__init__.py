"""Arabic news study kit: structure, entities, timeline and places of an Arabic news article.

>>> from kit import analyze_text
>>> a = analyze_text("خبر\\n\\nقال حزب الله إن الاجتماع انتهى أمس.", dct="2020-03-04")
>>> [m.text for m in a.entities.mentions], [t.value for t in a.timexes]
(['حزب الله'], ['2020-03-03'])

The layers, bottom up: :mod:`kit.text` (the document), :mod:`kit.places`, :mod:`kit.entities`,
:mod:`kit.timeline` (extractors), :mod:`kit.analysis` (the orchestrator), :mod:`kit.show` and
:mod:`kit.evaluate`, :mod:`kit.corpus`, :mod:`kit.teach`, :mod:`kit.run`. See ARCHITECTURE.md.
"""

__version__ = "0.2.0"

__all__ = ["analyze", "analyze_text", "read_article", "parse_article", "Analysis", "__version__"]


def __getattr__(name: str):
    # The public face loads the analysis on first use, so `import kit.resources` stays light.
    if name in ("analyze", "analyze_text", "Analysis"):
        from kit import analysis

        return getattr(analysis, name)
    if name in ("read_article", "parse_article"):
        from kit import text

        return getattr(text, name)
    raise AttributeError(f"module 'kit' has no attribute {name!r}")
