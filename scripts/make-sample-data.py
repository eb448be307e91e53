#!/usr/bin/python3
"""Make the bundled sample data: the first N images and labels of the MNIST test set.

Reads the original IDX files (gzip-compressed) and writes valid IDX files holding
only the first N records, gzip-compressed reproducibly (no name, mtime 0).
Standard library only.

Usage: /usr/bin/python3 scripts/make-sample-data.py [SOURCE_DIR [DEST_DIR [COUNT]]]
Defaults: ../shared/datasets/mnist-test, resources/sample, 1000 (relative to the repo root).
"""

import gzip
import io
import pathlib
import struct
import sys

IMAGES_MAGIC = 0x00000803  # unsigned byte, 3 dimensions
LABELS_MAGIC = 0x00000801  # unsigned byte, 1 dimension


def read_idx(path: pathlib.Path, magic: int):
    """Returns (dims, payload) of a gzip-compressed IDX file, checking its header."""
    data = gzip.decompress(path.read_bytes())
    ndim = magic & 0xFF
    header_size = 4 + 4 * ndim
    if len(data) < header_size:
        sys.exit(f"{path}: too short for an IDX header")
    (found,) = struct.unpack(">I", data[:4])
    if found != magic:
        sys.exit(f"{path}: magic 0x{found:08x}, expected 0x{magic:08x}")
    dims = list(struct.unpack(f">{ndim}I", data[4:header_size]))
    record = 1
    for d in dims[1:]:
        record *= d
    payload = data[header_size:]
    if len(payload) != dims[0] * record:
        sys.exit(f"{path}: {len(payload)} payload bytes, header says {dims[0] * record}")
    return dims, payload, record


def write_idx(path: pathlib.Path, magic: int, dims, payload: bytes) -> None:
    raw = struct.pack(f">I{len(dims)}I", magic, *dims) + payload
    buf = io.BytesIO()
    # filename="" and mtime=0 keep the output byte-for-byte reproducible.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    path.write_bytes(buf.getvalue())


def take(src: pathlib.Path, dst: pathlib.Path, magic: int, count: int) -> bytes:
    dims, payload, record = read_idx(src, magic)
    if dims[0] < count:
        sys.exit(f"{src}: only {dims[0]} records, {count} wanted")
    head = payload[: count * record]
    write_idx(dst, magic, [count] + dims[1:], head)
    print(f"{dst}: {count} of {dims[0]} records, dims {[count] + dims[1:]}")
    return head


def main() -> None:
    root = pathlib.Path(__file__).resolve().parent.parent
    src = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "datasets" / "mnist-test"
    dst = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else root / "resources" / "sample"
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    dst.mkdir(parents=True, exist_ok=True)

    take(src / "t10k-images-idx3-ubyte.gz",
         dst / f"mnist-test-{count}-images-idx3-ubyte.gz", IMAGES_MAGIC, count)
    labels = take(src / "t10k-labels-idx1-ubyte.gz",
                  dst / f"mnist-test-{count}-labels-idx1-ubyte.gz", LABELS_MAGIC, count)
    print("first labels:", " ".join(str(b) for b in labels[:10]))


if __name__ == "__main__":
    main()
