"""Draws the toolbar icons (a speech bubble with a heart) as PNGs, with no image library.

Run once after changing the design: python3 assets/make-icons.py
"""
import math
import struct
import zlib

BLUE = (11, 107, 203)
WHITE = (255, 255, 255)


def inside_bubble(x, y):
    # Rounded square body plus a tail at the bottom left; coordinates in 0..1.
    r = 0.2
    left, top, right, bottom = 0.06, 0.06, 0.94, 0.78
    cx = min(max(x, left + r), right - r)
    cy = min(max(y, top + r), bottom - r)
    body = (x - cx) ** 2 + (y - cy) ** 2 <= r * r and left <= x <= right and top <= y <= bottom
    tail = 0.18 <= x <= 0.42 and bottom - 0.01 <= y <= 0.96 and (x - 0.18) >= (y - bottom) * 1.1 - 0.02 and x <= 0.42 - (y - bottom) * 1.3
    return body or tail


def inside_heart(x, y):
    # Classic implicit heart, centred in the bubble.
    u = (x - 0.5) / 0.27
    v = -(y - 0.45) / 0.27 + 0.15
    return (u * u + v * v - 1) ** 3 - u * u * v ** 3 <= 0


def pixel(x, y):
    if not inside_bubble(x, y):
        return (0, 0, 0, 0)
    return (*WHITE, 255) if inside_heart(x, y) else (*BLUE, 255)


def render(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    r, g, b, a = pixel((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
                    acc[0] += r * a; acc[1] += g * a; acc[2] += b * a; acc[3] += a
            n = samples * samples
            alpha = acc[3] / n
            if acc[3]:
                row += bytes([round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(alpha)])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


for size in (16, 32, 48, 96, 128):
    with open(f'public/icon/{size}.png', 'wb') as f:
        f.write(render(size))
print('icons written')
