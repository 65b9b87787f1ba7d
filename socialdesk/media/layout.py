"""How each feed lays a post's images out, as rectangles, and how a picture is cropped
into its tile. Pure geometry: the Qt card paints what this computes.

- X ("twitter"): one to four images in a 16:9 box: 1 whole, 2 side by side, 3 as one
  tall on the left and two stacked on the right, 4 as a 2×2 grid.
- Weibo: one picture at its own shape (up to a limit); more in a 3-column grid of
  squares, four as 2×2, at most nine (3×3) with "+N" on the last.
- VK: justified rows (1 / 2 / 1+2 / 1+3 / 2+3 / 3+3 …) whose heights follow the
  pictures' shapes, as VK's attachment grid does.
- Facebook: one whole; 2 side by side; 3 or 4 as one large over a row; five or more
  as two over three, "+N" on the fifth.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Tile:
    index: int  # which image (0-based among those shown)
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class MediaLayout:
    width: float
    height: float
    tiles: tuple[Tile, ...]
    more: int = 0  # images not shown; the last tile says "+more"
    gap: float = 2.0
    radius: float = 8.0


GAPS = {"twitter": 2.0, "weibo": 4.0, "vk": 3.0, "facebook": 2.0}
RADII = {"twitter": 16.0, "weibo": 2.0, "vk": 10.0, "facebook": 0.0}


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def layout_media(
    kind: str, aspects: Sequence[float], width: float, shown: int | None = None
) -> MediaLayout:
    """Tiles for images of the given shapes (width / height) in a box `width` wide."""
    aspects = [a if a > 0 and math.isfinite(a) else 1.0 for a in aspects]
    limit = shown if shown is not None else {"twitter": 4, "weibo": 9, "facebook": 5}.get(kind, 10)
    visible = aspects[:limit]
    more = len(aspects) - len(visible)
    gap = GAPS.get(kind, 2.0)
    builder = {
        "twitter": _twitter,
        "weibo": _weibo,
        "vk": _vk,
        "facebook": _facebook,
    }.get(kind, _vk)
    if not visible:
        return MediaLayout(width, 0.0, (), 0, gap, RADII.get(kind, 8.0))
    height, tiles = builder(visible, width, gap)
    return MediaLayout(width, height, tuple(tiles), more, gap, RADII.get(kind, 8.0))


def _twitter(aspects: Sequence[float], w: float, g: float) -> tuple[float, list[Tile]]:
    n = len(aspects)
    if n == 1:
        h = w / _clamp(aspects[0], 0.75, 16 / 9)
        return h, [Tile(0, 0, 0, w, h)]
    h = w * 9 / 16
    half_w, half_h = (w - g) / 2, (h - g) / 2
    right = half_w + g
    if n == 2:
        return h, [Tile(0, 0, 0, half_w, h), Tile(1, right, 0, half_w, h)]
    if n == 3:
        return h, [
            Tile(0, 0, 0, half_w, h),
            Tile(1, right, 0, half_w, half_h),
            Tile(2, right, half_h + g, half_w, half_h),
        ]
    return h, [
        Tile(i, (i % 2) * (half_w + g), (i // 2) * (half_h + g), half_w, half_h) for i in range(4)
    ]


def _weibo(aspects: Sequence[float], w: float, g: float) -> tuple[float, list[Tile]]:
    n = len(aspects)
    if n == 1:
        tile_w = w * 0.62
        h = tile_w / _clamp(aspects[0], 0.56, 1.78)
        return h, [Tile(0, 0, 0, tile_w, h)]
    cell = (w - 2 * g) / 3
    columns = 2 if n == 4 else 3
    rows = math.ceil(n / columns)
    tiles = [
        Tile(i, (i % columns) * (cell + g), (i // columns) * (cell + g), cell, cell)
        for i in range(n)
    ]
    return rows * cell + (rows - 1) * g, tiles


_VK_ROWS = {1: [1], 2: [2], 3: [1, 2], 4: [1, 3], 5: [2, 3], 6: [3, 3], 7: [3, 4], 8: [4, 4]}


def _vk_rows(n: int) -> list[int]:
    if n in _VK_ROWS:
        return _VK_ROWS[n]
    rows = [3] * (n // 3)
    for i in range(n % 3):
        rows[-1 - i] += 1
    return rows


def _vk(aspects: Sequence[float], w: float, g: float) -> tuple[float, list[Tile]]:
    if len(aspects) == 1:
        h = w / _clamp(aspects[0], 0.66, 2.0)
        return h, [Tile(0, 0, 0, w, h)]
    tiles: list[Tile] = []
    y, start = 0.0, 0
    for count in _vk_rows(len(aspects)):
        row = [_clamp(a, 0.66, 1.5) for a in aspects[start : start + count]]
        usable = w - g * (count - 1)
        h = usable / sum(row)  # justified: every picture keeps its (clamped) shape
        h = min(h, w * 0.66)
        x = 0.0
        for offset, aspect in enumerate(row):
            tile_w = usable * aspect / sum(row)
            tiles.append(Tile(start + offset, x, y, tile_w, h))
            x += tile_w + g
        y += h + g
        start += count
    return y - g, tiles


def _facebook(aspects: Sequence[float], w: float, g: float) -> tuple[float, list[Tile]]:
    n = len(aspects)
    if n == 1:
        h = w / _clamp(aspects[0], 0.8, 1.91)
        return h, [Tile(0, 0, 0, w, h)]
    if n == 2:
        tile_w = (w - g) / 2
        return tile_w, [Tile(0, 0, 0, tile_w, tile_w), Tile(1, tile_w + g, 0, tile_w, tile_w)]
    if n in (3, 4):
        top = w * 0.6
        below = n - 1
        tile_w = (w - g * (below - 1)) / below
        bottom_h = w / 3
        tiles = [Tile(0, 0, 0, w, top)]
        tiles += [Tile(1 + i, i * (tile_w + g), top + g, tile_w, bottom_h) for i in range(below)]
        return top + g + bottom_h, tiles
    top_w = (w - g) / 2
    low_w = (w - 2 * g) / 3
    tiles = [Tile(0, 0, 0, top_w, top_w), Tile(1, top_w + g, 0, top_w, top_w)]
    tiles += [Tile(2 + i, i * (low_w + g), top_w + g, low_w, low_w) for i in range(3)]
    return top_w + g + low_w, tiles


def crop_box(src_w: float, src_h: float, tile_w: float, tile_h: float) -> tuple[float, ...]:
    """The centred part of a `src_w`×`src_h` picture with the tile's shape: (x, y, w, h)."""
    if src_w <= 0 or src_h <= 0 or tile_w <= 0 or tile_h <= 0:
        return (0.0, 0.0, float(max(src_w, 0)), float(max(src_h, 0)))
    tile_aspect = tile_w / tile_h
    if src_w / src_h > tile_aspect:  # too wide: cut the sides
        w = src_h * tile_aspect
        return ((src_w - w) / 2, 0.0, w, float(src_h))
    h = src_w / tile_aspect  # too tall: cut top and bottom
    return (0.0, (src_h - h) / 2, float(src_w), h)
