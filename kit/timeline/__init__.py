"""The timeline's extractors: time expressions (TIMEX3), numbers with units, quotations, events, and the
dated events an article names without dating them.

>>> [(t.text, t.value) for t in tag_text("وصل أمس", dct="2020-03-02")]
[('أمس', '2020-03-01')]
"""
from kit.timeline.events import EVENT_TYPES, Event, find_events, nominal_event
from kit.timeline.quantities import Quantity, find_quantities, find_quantities_in_text
from kit.timeline.quotes import Quote, find_quotes
from kit.timeline.reference_events import ReferenceMention, find_reference_events
from kit.timeline.timexes import (
    Timex,
    anchor_text,
    find_timexes,
    hijri_to_gregorian,
    resolve,
    resolve_timexes,
    tag_sentences,
    tag_text,
)

__all__ = ["EVENT_TYPES", "Event", "find_events", "nominal_event", "Quantity", "find_quantities",
           "find_quantities_in_text", "Quote", "find_quotes", "ReferenceMention", "find_reference_events", "Timex",
           "anchor_text", "find_timexes", "hijri_to_gregorian", "resolve", "resolve_timexes", "tag_sentences", "tag_text"]
