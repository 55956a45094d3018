"""Abstract illustrations for the demo content, drawn locally with Pillow in the Toezichtnet palette.

Each motif is a small composition (a network, a landscape, a booklet, a fan of cards, a conversation, a toolbox,
a group of people); the layout varies with a seed taken from the title, so every image is distinct and the same
title always gives the same picture. Drawn at twice the size and scaled down for smooth edges.
"""

import hashlib
import io
import math
import random

from PIL import Image, ImageDraw

PETROL_900 = (4, 38, 45)
PETROL_700 = (8, 60, 71)
PETROL_500 = (13, 91, 107)
PETROL_300 = (106, 163, 174)
PETROL_100 = (196, 220, 225)
PETROL_50 = (230, 240, 242)
COPPER = (179, 71, 29)
AMBER = (255, 204, 77)
SAND = (246, 236, 220)
WHITE = (255, 255, 255)

SCALE = 2


def _rng(title):
    return random.Random(int(hashlib.sha256(title.encode("utf-8")).hexdigest()[:12], 16))


def _gradient(size, top, bottom):
    width, height = size
    base = Image.new("RGB", size, top)
    draw = ImageDraw.Draw(base)
    for y in range(height):
        t = y / max(1, height - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    return base


def _network(draw, w, h, rng):
    """Inspectorates as nodes, linked: a lens over part of the network."""
    nodes = [(rng.uniform(0.08, 0.92) * w, rng.uniform(0.12, 0.88) * h) for _ in range(14)]
    for x1, y1 in nodes:
        nearest = sorted(nodes, key=lambda p: (p[0] - x1) ** 2 + (p[1] - y1) ** 2)[1:3]
        for x2, y2 in nearest:
            draw.line([(x1, y1), (x2, y2)], fill=PETROL_300, width=5 * SCALE)
    for i, (x, y) in enumerate(nodes):
        r = (14 if i % 4 else 24) * SCALE
        draw.ellipse([x - r, y - r, x + r, y + r], fill=COPPER if i % 5 == 0 else PETROL_500, outline=WHITE, width=4 * SCALE)
    cx, cy, r = w * 0.68, h * 0.42, h * 0.26
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=PETROL_900, width=14 * SCALE)
    draw.line([(cx + r * 0.7, cy + r * 0.7), (cx + r * 1.35, cy + r * 1.35)], fill=PETROL_900, width=22 * SCALE)


def _landscape(draw, w, h, rng):
    """Layered hills under a low sun: a wide view, several paths."""
    draw.ellipse([w * 0.62, h * 0.12, w * 0.82, h * 0.12 + w * 0.2], fill=AMBER)
    for layer, colour in enumerate([PETROL_100, PETROL_300, PETROL_500, PETROL_700]):
        base = h * (0.45 + layer * 0.13)
        amplitude = h * rng.uniform(0.04, 0.09)
        phase = rng.uniform(0, math.tau)
        points = [(x, base + amplitude * math.sin(x / w * math.tau * (1 + layer * 0.4) + phase)) for x in range(0, w + 20, 20)]
        draw.polygon([(0, h), *points, (w, h)], fill=colour)
    draw.line([(w * 0.2, h), (w * 0.45, h * 0.7), (w * 0.58, h * 0.62)], fill=SAND, width=12 * SCALE, joint="curve")


def _booklet(draw, w, h, rng):
    """A booklet of stories: a cover with text lines and a copper spine, pages behind it."""
    bw, bh = w * 0.56, h * 0.7
    x0, y0 = (w - bw) / 2, (h - bh) / 2
    for offset, colour in ((28, PETROL_100), (14, PETROL_50)):
        o = offset * SCALE
        draw.rectangle([x0 + o, y0 - o, x0 + bw + o, y0 + bh - o], fill=colour, outline=PETROL_300, width=3 * SCALE)
    draw.rectangle([x0, y0, x0 + bw, y0 + bh], fill=PETROL_500)
    draw.rectangle([x0, y0, x0 + bw * 0.07, y0 + bh], fill=COPPER)
    for i in range(3):
        y = y0 + bh * (0.16 + i * 0.07)
        draw.rectangle([x0 + bw * 0.16, y, x0 + bw * (0.86 - i * 0.15), y + bh * 0.035], fill=WHITE)
    for i in range(4):
        cx = x0 + bw * (0.3 + 0.14 * i)
        cy = y0 + bh * 0.68 + rng.uniform(-1, 1) * bh * 0.03
        r = bw * 0.07
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=AMBER if i == 1 else PETROL_100)


def _fan(draw, w, h, rng):
    """A fan of question cards, pinned at the bottom."""
    pivot = (w * 0.5, h * 0.92)
    colours = [PETROL_100, PETROL_300, AMBER, PETROL_500, COPPER, PETROL_700, PETROL_300]
    for i, colour in enumerate(colours):
        angle = math.radians(-60 + i * 20)
        length, half = h * 0.78, w * 0.045
        dx, dy = math.sin(angle), -math.cos(angle)
        px, py = -dy, dx
        tip = (pivot[0] + dx * length, pivot[1] + dy * length)
        corners = [
            (pivot[0] + px * half * 0.6, pivot[1] + py * half * 0.6),
            (tip[0] + px * half, tip[1] + py * half),
            (tip[0] - px * half, tip[1] - py * half),
            (pivot[0] - px * half * 0.6, pivot[1] - py * half * 0.6),
        ]
        draw.polygon(corners, fill=colour, outline=WHITE, width=3 * SCALE)
        qx, qy = pivot[0] + dx * length * 0.82, pivot[1] + dy * length * 0.82
        r = half * 0.45
        draw.ellipse([qx - r, qy - r, qx + r, qy + r], fill=WHITE)
    r = w * 0.03
    draw.ellipse([pivot[0] - r, pivot[1] - r, pivot[0] + r, pivot[1] + r], fill=PETROL_900)


def _conversation(draw, w, h, rng):
    """Speech bubbles around a table: people talking in a circle."""
    cx, cy = w * 0.5, h * 0.62
    draw.ellipse([cx - w * 0.22, cy - h * 0.1, cx + w * 0.22, cy + h * 0.1], fill=PETROL_300)
    for i in range(6):
        angle = math.tau * i / 6 + rng.uniform(-0.15, 0.15)
        px, py = cx + math.cos(angle) * w * 0.3, cy + math.sin(angle) * h * 0.2
        r = h * 0.06
        draw.ellipse([px - r, py - r - h * 0.05, px + r, py + r - h * 0.05], fill=PETROL_700 if i % 2 else COPPER)
        draw.rounded_rectangle([px - r * 1.3, py, px + r * 1.3, py + r * 1.6], radius=r * 0.6, fill=PETROL_500)
    for bx, by, colour in [(0.18, 0.14, WHITE), (0.46, 0.08, AMBER), (0.7, 0.16, WHITE)]:
        x, y = w * bx, h * by
        bw, bh = w * 0.17, h * 0.15
        draw.rounded_rectangle([x, y, x + bw, y + bh], radius=bh * 0.3, fill=colour, outline=PETROL_700, width=4 * SCALE)
        draw.polygon([(x + bw * 0.3, y + bh), (x + bw * 0.45, y + bh), (x + bw * 0.28, y + bh * 1.35)], fill=PETROL_700)
        for line in range(2):
            ly = y + bh * (0.35 + line * 0.3)
            draw.line([(x + bw * 0.15, ly), (x + bw * (0.85 - line * 0.25), ly)], fill=PETROL_500, width=6 * SCALE)


def _toolbox(draw, w, h, rng):
    """An open toolbox with instruments standing in it."""
    bx0, by0, bx1, by1 = w * 0.25, h * 0.5, w * 0.75, h * 0.85
    tools = [(0.32, PETROL_300), (0.42, AMBER), (0.52, PETROL_700), (0.62, COPPER), (0.7, PETROL_100)]
    for x, colour in tools:
        top = h * rng.uniform(0.18, 0.32)
        draw.rounded_rectangle([w * x - w * 0.025, top, w * x + w * 0.025, by0 + 10], radius=w * 0.02, fill=colour, outline=PETROL_900, width=3 * SCALE)
    draw.rectangle([bx0, by0, bx1, by1], fill=PETROL_500, outline=PETROL_900, width=5 * SCALE)
    draw.rectangle([bx0, by0, bx1, by0 + h * 0.06], fill=PETROL_700)
    draw.rounded_rectangle([w * 0.45, by0 + h * 0.12, w * 0.55, by0 + h * 0.17], radius=8 * SCALE, fill=AMBER)


def _people(draw, w, h, rng):
    """A group of figures of different heights: the profession seen from close by."""
    count = 7
    for i in range(count):
        x = w * (0.12 + i * 0.76 / (count - 1))
        height = h * rng.uniform(0.38, 0.52)
        base = h * 0.86
        body = [x - w * 0.045, base - height * 0.62, x + w * 0.045, base]
        colour = [PETROL_500, PETROL_700, PETROL_300, COPPER][i % 4]
        draw.rounded_rectangle(body, radius=w * 0.04, fill=colour)
        r = w * 0.032
        hy = base - height * 0.62 - r * 1.3
        draw.ellipse([x - r, hy - r, x + r, hy + r], fill=PETROL_900 if i % 3 else AMBER)
    draw.line([(w * 0.05, h * 0.87), (w * 0.95, h * 0.87)], fill=PETROL_700, width=6 * SCALE)


MOTIFS = {
    "network": (_network, PETROL_50, PETROL_100),
    "landscape": (_landscape, SAND, PETROL_50),
    "booklet": (_booklet, SAND, PETROL_100),
    "fan": (_fan, PETROL_50, SAND),
    "conversation": (_conversation, PETROL_50, PETROL_100),
    "toolbox": (_toolbox, SAND, PETROL_50),
    "people": (_people, PETROL_50, SAND),
}


def illustration(title, motif, size=(1200, 675)):
    """PNG bytes of an illustration with this motif; the title seeds its variations."""
    draw_motif, top, bottom = MOTIFS[motif]
    width, height = size[0] * SCALE, size[1] * SCALE
    canvas = _gradient((width, height), top, bottom)
    draw_motif(ImageDraw.Draw(canvas), width, height, _rng(title))
    canvas = canvas.resize(size, Image.LANCZOS)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
