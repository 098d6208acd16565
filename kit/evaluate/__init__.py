"""Scoring the kit against hand-made gold: the study article and the genre development set."""
from kit.evaluate.gold import align, compare_recognizers, compare_timexes, evaluate, find_gold, load_gold, score

__all__ = ["align", "compare_recognizers", "compare_timexes", "evaluate", "find_gold", "load_gold", "score"]
