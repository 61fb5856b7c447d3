#!/usr/bin/env python3
"""Writes an Apple .icns file from PNG files: icns.py OUT TYPE=FILE.png ...

An .icns is the magic 'icns', the whole length, then one entry per image: a four-letter type (ic07 is 128 px,
ic08 256, ic09 512, ic10 1024 or 512@2x, ic11 to ic14 the @2x sizes, icp4 to icp6 16 to 64 px), the entry's
length including its 8-byte header, and the PNG bytes. macOS 10.7+ reads PNG in every one of these types.
"""
import struct
import sys


def main(out, entries):
    body = b""
    for entry in entries:
        kind, path = entry.split("=", 1)
        if len(kind) != 4:
            sys.exit(f"icns.py: '{kind}' is not a four-letter icns type (e.g. ic08=256.png)")
        with open(path, "rb") as png:
            data = png.read()
        body += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    with open(out, "wb") as icns:
        icns.write(b"icns" + struct.pack(">I", len(body) + 8) + body)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
