"""Arabic news study kit: structure, entities, timeline and places of an Arabic news article."""

__version__ = "0.1.0"
