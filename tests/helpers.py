"""Helpers the tests share."""
import json


def notebook_outputs(nb) -> tuple[list[str], list[str]]:
    """(every output of every code cell as text, the outputs of the cells tagged "check"); fails on an error."""
    texts, verdicts = [], []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        shown = []
        for o in cell.get("outputs", []):
            assert o.get("output_type") != "error", (cell.source[:80], o.get("ename"), o.get("evalue"))
            data = o.get("data", {})
            shown.append(json.dumps(dict(data), ensure_ascii=False) + "".join(o.get("text", "")))
        texts += shown
        if "check" in cell.get("metadata", {}).get("tags", []):
            verdicts.append("".join(shown))
    return texts, verdicts
