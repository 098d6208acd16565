"""Named entities: people, organisations, places and other names, grouped by entity, with evidence.

>>> from kit.text import parse_article
>>> ents = find_entities(parse_article("خبر\\n\\nقال حزب الله إن الاجتماع انتهى."), use_model=False)
>>> [(m.text, m.type) for m in ents.mentions]
[('حزب الله', 'ORG')]
"""
from kit.entities.camel import analyze_word, camel_ner_available, camel_status
from kit.entities.conventions import to_anercorp
from kit.entities.recognise import Candidate, find_entities, key, merge, resources, with_aliases
from kit.entities.results import Entities, Entity, Mention, Nisba, Role

__all__ = ["analyze_word", "camel_ner_available", "camel_status", "Candidate", "find_entities", "key", "merge", "resources", "with_aliases", "Entities", "Entity",
           "Mention", "Nisba", "Role", "to_anercorp"]
