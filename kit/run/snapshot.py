"""Static HTML snapshots of ipywidgets, for reports that must open offline.

A notebook run headless saves each widget's state (``nb.metadata.widgets``). Rendering that state
live needs a JavaScript widget manager fetched from a CDN, which an offline report cannot load; so
the report replaces every widget output by plain HTML drawn from its saved state: boxes as flex
boxes, HTML and labels as they are, output widgets' outputs, controls as disabled form elements
showing their values. What the reader sees is the widget as it was when the notebook finished.

>>> state = {
...     "b": {"model_name": "VBoxModel", "state": {"children": ["IPY_MODEL_h", "IPY_MODEL_d"]}},
...     "h": {"model_name": "HTMLModel", "state": {"value": '<div dir="rtl">الجزء</div>'}},
...     "d": {"model_name": "DropdownModel", "state": {"_options_labels": ["الكل", "العنوان"], "index": 1}},
... }
>>> html = widget_html(state, "b")
>>> 'dir="rtl">الجزء</div>' in html and '<option selected>العنوان</option>' in html
True
"""
from __future__ import annotations

import html as _html
import re

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
_REF = "IPY_MODEL_"
# Layout traits a static copy can honour; the rest (grid areas…) are left to the live widget.
_LAYOUT_CSS = ("width", "height", "max_width", "max_height", "min_width", "min_height", "margin", "padding",
               "border", "justify_content", "align_items", "flex", "flex_flow", "overflow")


def _esc(value) -> str:
    return _html.escape("" if value is None else str(value))


def _ref(value) -> str | None:
    if isinstance(value, str) and value.startswith(_REF):
        return value[len(_REF):]
    return None


def _style(state: dict, model: dict, extra: str = "") -> str:
    layout = state.get(_ref(model["state"].get("layout")) or "", {}).get("state", {})
    if layout.get("display") == "none" or layout.get("visibility") == "hidden":
        return "display:none;"
    css = [f"{k.replace('_', '-')}:{layout[k]}" for k in _LAYOUT_CSS if layout.get(k)]
    return extra + "".join(f"{c};" for c in css)


def _description(s: dict) -> str:
    d = s.get("description")
    if not d:
        return ""
    body = d if s.get("description_allow_html") else _esc(d)
    return f'<label class="kit-w-description" style="margin-inline-end:6px;">{body}</label>'


def _options(s: dict) -> list[str]:
    labels = s.get("_options_labels")
    return [str(x) for x in labels] if isinstance(labels, (list, tuple)) else []


def output_html(output: dict, state: dict, seen: frozenset = frozenset()) -> str:
    """HTML for one notebook output (display data, stream, error, or a widget view inside it)."""
    kind = output.get("output_type")
    if kind == "stream":
        return f'<pre class="kit-w-stream">{_esc(output.get("text", ""))}</pre>'
    if kind == "error":
        return f'<pre class="kit-w-error">{_esc(output.get("ename"))}: {_esc(output.get("evalue"))}</pre>'
    data = output.get("data", {})
    if WIDGET_VIEW in data:
        return widget_html(state, data[WIDGET_VIEW].get("model_id", ""), seen)
    if "text/html" in data:
        value = data["text/html"]
        return "".join(value) if isinstance(value, list) else str(value)
    for mime in ("image/png", "image/jpeg"):
        if mime in data:
            return f'<img src="data:{mime};base64,{str(data[mime]).strip()}" alt="">'
    if "image/svg+xml" in data:
        value = data["image/svg+xml"]
        return "".join(value) if isinstance(value, list) else str(value)
    if "text/plain" in data:
        value = data["text/plain"]
        return f'<pre>{_esc("".join(value) if isinstance(value, list) else value)}</pre>'
    return ""


def widget_html(state: dict, model_id: str, seen: frozenset = frozenset()) -> str:
    """Static HTML of widget ``model_id`` (and its children) from a saved widget state."""
    model = state.get(model_id)
    if model is None or model_id in seen:
        return ""
    seen = seen | {model_id}
    name = model.get("model_name") or model.get("state", {}).get("_model_name", "")
    s = model.get("state", {})
    style = _style(state, model)
    if style == "display:none;":
        return ""

    def kids(key="children"):
        return [widget_html(state, _ref(c) or "", seen) for c in s.get(key) or []]

    if name in ("VBoxModel", "BoxModel", "GridBoxModel", "HBoxModel"):
        direction = "row" if name == "HBoxModel" else "column"
        return (f'<div class="kit-w-box" style="display:flex; flex-direction:{direction}; gap:4px; {style}">'
                + "".join(kids()) + "</div>")
    if name in ("AccordionModel", "TabModel", "StackModel"):
        titles = s.get("titles") or []
        selected = s.get("selected_index")
        parts = []
        for i, child in enumerate(kids()):
            title = titles[i] if i < len(titles) and titles[i] else f"{i + 1}"
            mark = " (selected)" if i == selected else ""
            parts.append(f'<details{" open" if i == selected or selected is None else ""}>'
                         f"<summary>{_esc(title)}{mark}</summary>{child}</details>")
        return f'<div class="kit-w-tabs" style="{style}">' + "".join(parts) + "</div>"
    if name in ("HTMLModel", "HTMLMathModel"):
        return f'<div class="kit-w-html" style="{style}">{_description(s)}{s.get("value") or ""}</div>'
    if name == "LabelModel":
        return f'<span class="kit-w-label" style="{style}">{_esc(s.get("value"))}</span>'
    if name == "OutputModel":
        inner = "".join(output_html(o, state, seen) for o in s.get("outputs") or [])
        return f'<div class="kit-w-output" style="{style}">{inner}</div>'
    if name in ("DropdownModel", "SelectModel", "SelectMultipleModel"):
        index = s.get("index")
        chosen = set(index) if isinstance(index, (list, tuple)) else {index}
        options = "".join(f"<option{' selected' if i in chosen else ''}>{_esc(o)}</option>"
                          for i, o in enumerate(_options(s)))
        multiple = " multiple" if name == "SelectMultipleModel" else ""
        return f'<span style="{style}">{_description(s)}<select disabled{multiple}>{options}</select></span>'
    if name in ("RadioButtonsModel", "ToggleButtonsModel"):
        items = "".join(
            f'<label style="margin-inline-end:8px;"><input type="radio" disabled{" checked" if i == s.get("index") else ""}> {_esc(o)}</label>'
            for i, o in enumerate(_options(s)))
        return f'<span style="{style}">{_description(s)}{items}</span>'
    if name in ("IntSliderModel", "FloatSliderModel", "FloatLogSliderModel", "IntRangeSliderModel",
                "FloatRangeSliderModel", "SelectionSliderModel", "SelectionRangeSliderModel"):
        if name.startswith("Selection"):
            opts, index = _options(s), s.get("index")
            shown = (" – ".join(opts[i] for i in index if 0 <= i < len(opts)) if isinstance(index, (list, tuple))
                     else (opts[index] if isinstance(index, int) and 0 <= index < len(opts) else ""))
            lo, hi, val = 0, max(len(opts) - 1, 0), index[0] if isinstance(index, (list, tuple)) else index
        else:
            value = s.get("value")
            shown = " – ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
            lo, hi = s.get("min", 0), s.get("max", 100)
            val = value[0] if isinstance(value, (list, tuple)) else value
        return (f'<span style="{style}">{_description(s)}<input type="range" disabled min="{_esc(lo)}" '
                f'max="{_esc(hi)}" value="{_esc(val)}"> <output>{_esc(shown)}</output></span>')
    if name in ("CheckboxModel", "ToggleButtonModel", "ValidModel"):
        checked = " checked" if s.get("value") else ""
        return f'<label style="{style}"><input type="checkbox" disabled{checked}> {_esc(s.get("description"))}</label>'
    if name == "ButtonModel":
        return f'<button disabled style="{style}">{_esc(s.get("description"))}</button>'
    if name in ("TextareaModel",):
        return f'<span style="{style}">{_description(s)}<textarea disabled>{_esc(s.get("value"))}</textarea></span>'
    if name.endswith(("TextModel", "PickerModel", "ComboboxModel", "PasswordModel")):
        return (f'<span style="{style}">{_description(s)}<input disabled value="{_esc(s.get("value"))}" '
                f'placeholder="{_esc(s.get("placeholder"))}"></span>')
    if name in ("IntProgressModel", "FloatProgressModel"):
        return (f'<span style="{style}">{_description(s)}<progress max="{_esc(s.get("max", 100))}" '
                f'value="{_esc(s.get("value"))}"></progress></span>')
    if name == "ImageModel":
        for buf in model.get("buffers") or []:
            if buf.get("path") == ["value"] and buf.get("encoding") == "base64":
                fmt = s.get("format", "png")
                return f'<img style="{style}" src="data:image/{_esc(fmt)};base64,{buf.get("data", "")}" alt="">'
        return ""
    return f'<span class="kit-w-unknown">[{_esc(name.removesuffix("Model"))}]</span>'


SNAPSHOT_NOTE = ("A snapshot of an interactive widget as the notebook left it; open the notebook in JupyterLab "
                 "to use it.")


def snapshot_outputs(nb) -> int:
    """Replace every widget output in ``nb`` by its static HTML; the number replaced.

    The widget state itself is dropped from the copy, so the HTML export loads no widget script.
    """
    state = (nb.get("metadata", {}).get("widgets", {}).get(WIDGET_STATE, {}) or {}).get("state", {})
    count = 0
    for cell in nb.get("cells", []):
        for output in cell.get("outputs", []) or []:
            data = output.get("data") or {}
            if WIDGET_VIEW not in data:
                continue
            body = widget_html(state, data[WIDGET_VIEW].get("model_id", ""))
            plain = data.get("text/plain", "")
            if not body:  # a widget closed before the end: keep its text form
                body = f"<pre>{_esc(''.join(plain) if isinstance(plain, list) else plain)}</pre>"
            output["data"] = {
                "text/html": f'<div class="kit-widget-snapshot" title="{_esc(SNAPSHOT_NOTE)}">{body}</div>',
                "text/plain": plain,
            }
            count += 1
    nb.get("metadata", {}).pop("widgets", None)
    return count


_HEX32 = re.compile(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])")


def _refs(value):
    """Model ids a piece of widget state points at (children, layout, widgets shown in an output)."""
    if isinstance(value, str):
        if value.startswith(_REF):
            yield value[len(_REF):]
    elif isinstance(value, list):
        for v in value:
            yield from _refs(v)
    elif isinstance(value, dict):
        if isinstance(value.get("model_id"), str):
            yield value["model_id"]
        for k in sorted(value):
            if k != "model_id":
                yield from _refs(value[k])


def stable_widget_ids(nb) -> dict:
    """Rename the widget models of ``nb`` (random UUIDs) by a counter, in place; the mapping used.

    The order comes from the notebook's structure, not from the ids: the widgets shown by each
    output in cell order, each followed depth-first by the models it refers to (children, layout,
    style, keys in sorted order), then any model nothing shows, in the order the kernel made them.
    So two runs of the same notebook give the same ids.

    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(outputs=[nbformat.v4.new_output(
    ...     "display_data", data={WIDGET_VIEW: {"model_id": "5fcd9139ee5848e5883f1082d5a5f75b"}})])])
    >>> stable_widget_ids(nb)
    {'5fcd9139ee5848e5883f1082d5a5f75b': '00000000000000000000000000000001'}
    >>> nb.cells[0].outputs[0].data[WIDGET_VIEW]["model_id"]
    '00000000000000000000000000000001'
    """
    import json

    import nbformat

    state = (nb.get("metadata", {}).get("widgets", {}).get(WIDGET_STATE, {}) or {}).get("state", {})
    order: list[str] = []
    seen: set[str] = set()

    def visit(mid):
        if mid in seen:
            return
        seen.add(mid)
        order.append(mid)
        model = state.get(mid)
        if model is not None:
            for ref in _refs(model.get("state", {})):
                visit(ref)

    for cell in nb.get("cells", []):
        for output in cell.get("outputs", []) or []:
            for ref in _refs(output.get("data") or {}):
                visit(ref)
    for mid in state:
        visit(mid)
    mapping = {mid: f"{i + 1:032x}" for i, mid in enumerate(order) if _HEX32.fullmatch(mid)}
    if not mapping:
        return mapping
    text = _HEX32.sub(lambda m: mapping.get(m.group(0), m.group(0)), json.dumps(nb, ensure_ascii=False))
    fresh = nbformat.from_dict(json.loads(text))
    nb.clear()
    nb.update(fresh)
    return mapping
