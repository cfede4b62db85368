"""Inline SVG charts: no JavaScript, no fonts to fetch, readable offline and on a phone.

Every chart carries a ``<title>`` and ``role="img"`` with an ``aria-label`` so a screen reader (and a
test) can tell what it shows. Charts scale with their container (``viewBox`` + ``width:100%``).
An empty series never yields an empty chart: callers check ``has_data`` first and write a sentence.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

#: Colour-blind-friendly palette (Okabe-Ito, then a few greys for the tail).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000", "#7f7f7f", "#b0b0b0")


def has_data(values: Sequence[float]) -> bool:
    return any(v for v in values)


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def sparkline(values: Sequence[float], *, title: str, width: int = 120, height: int = 28) -> str:
    """A small trend line; the last point is marked so the eye lands on "now"."""
    if not values:
        return ""
    top = max(max(values), 1e-9)
    n = len(values)
    step = (width - 6) / max(n - 1, 1)
    pts = [(3 + i * step, height - 3 - (v / top) * (height - 6)) for i, v in enumerate(values)]
    path = " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in pts)
    lx, ly = pts[-1]
    return (
        f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
        f'<polyline points="{path}" fill="none" stroke="{PALETTE[0]}" stroke-width="1.6"/>'
        f'<circle cx="{_fmt(lx)}" cy="{_fmt(ly)}" r="2.4" fill="{PALETTE[3]}"/></svg>'
    )


def bar_chart(items: Sequence[tuple[str, float]], *, title: str, unit: str = "", width: int = 640) -> str:
    """Horizontal bars with the label on the left and the value at the bar's end."""
    if not items:
        return ""
    row_h, value_w = 26, 52
    label_w = min(190, int(width * 0.45))
    max_chars = label_w // 7
    height = row_h * len(items) + 8
    top = max(max(v for _, v in items), 1e-9)
    bar_w = width - label_w - value_w
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>"
    ]
    for i, (label, value) in enumerate(items):
        y = 4 + i * row_h
        w = max(1.0, bar_w * value / top)
        shown = label if len(label) <= max_chars else label[: max_chars - 1] + "…"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" class="clabel">{escape(shown)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{_fmt(w)}" height="{row_h - 8}" rx="3" fill="{PALETTE[0]}">'
            f"<title>{escape(label)}: {_fmt(value)}{unit}</title></rect>"
            f'<text x="{_fmt(label_w + w + 6)}" y="{y + 15}" class="cvalue">{_fmt(value)}{unit}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def line_chart(
    x_labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    title: str,
    percent: bool = True,
    width: int = 720,
    height: int = 300,
) -> str:
    """Several lines over the same weeks, with y gridlines, readable x labels and a legend below.

    The legend is HTML-free (inside the SVG) and wraps into rows, so it stays readable on a phone.
    """
    if not x_labels or not series:
        return ""
    left, right, top_pad, bottom = 40, 12, 12, 34
    legend_cols = 2  # topic labels are long: two columns keep most of each readable
    legend_rows = (len(series) + legend_cols - 1) // legend_cols
    legend_h = 20 * legend_rows + 6
    total_h = height + legend_h
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    peak = max((max(vals) for _, vals in series if vals), default=0.0)
    # Counts get whole-number gridlines (a multiple of 4 over four steps); shares a round percentage.
    top = _share_ceiling(peak) if percent else float(max(4, -(-math.ceil(peak) // 4) * 4))
    n = len(x_labels)
    step = plot_w / max(n - 1, 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        return left + i * step, top_pad + plot_h - (v / top) * plot_h

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {total_h}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>"
    ]
    for k in range(5):  # gridlines at 0, 25, 50, 75, 100 % of the axis
        v = top * k / 4
        _, y = xy(0, v)
        label = f"{v * 100:.0f}%" if percent else _fmt(v)
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{_fmt(y)}" y2="{_fmt(y)}" class="grid"/>'
            f'<text x="{left - 6}" y="{_fmt(y + 4)}" text-anchor="end" class="axis">{label}</text>'
        )
    max_labels = max(3, width // 115)
    every = max(1, -(-n // max_labels))  # few enough x labels that they never overlap
    for i, lab in enumerate(x_labels):
        if i % every == 0 or i == n - 1:
            x, _ = xy(i, 0)
            anchor = "start" if i == 0 and n > 1 else "end" if i == n - 1 and n > 1 else "middle"  # edge labels stay inside
            parts.append(f'<text x="{_fmt(x)}" y="{top_pad + plot_h + 18}" text-anchor="{anchor}" class="axis">{escape(lab)}</text>')
    for s, (name, vals) in enumerate(series):
        colour = PALETTE[s % len(PALETTE)]
        pts = [xy(i, v) for i, v in enumerate(vals)]
        path = " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in pts)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2.2"><title>{escape(name)}</title></polyline>')
        for i, (x, y) in enumerate(pts):
            shown = f"{vals[i] * 100:.0f}%" if percent else _fmt(vals[i])
            parts.append(f'<circle cx="{_fmt(x)}" cy="{_fmt(y)}" r="2.6" fill="{colour}"><title>{escape(name)}, {escape(x_labels[i])}: {shown}</title></circle>')
    col_w = (width - left) / legend_cols
    for s, (name, _) in enumerate(series):
        row, col = divmod(s, legend_cols)
        x, y = left + col * col_w, height + 8 + row * 20
        fit = int(col_w // 7) - 3
        shown = name if len(name) <= fit else name[: fit - 1] + "…"
        parts.append(
            f'<rect x="{_fmt(x)}" y="{y}" width="12" height="12" rx="2" fill="{PALETTE[s % len(PALETTE)]}"/>'
            f'<text x="{_fmt(x + 17)}" y="{y + 11}" class="clabel">{escape(shown)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _share_ceiling(x: float) -> float:
    """An axis maximum whose quarters are whole percentages (0, 10, 20, 30, 40 %, not 12.5 %)."""
    return next((c for c in (0.04, 0.08, 0.12, 0.2, 0.4, 0.6, 0.8, 1.0) if x <= c + 1e-12), math.ceil(x * 4) / 4)
