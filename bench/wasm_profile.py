"""What a wasm file's bytes are, by crate: for BENCHMARKS.md's size profiles.

    python3 bench/wasm_profile.py target/wasm32-unknown-unknown/shell/pingfen.wasm [top]

Reads cargo's wasm before wasm-bindgen and wasm-opt (they drop the function names), so the
figures are of the unoptimised layout: wasm-opt shrinks every crate's code by roughly the same
share. Prints the code bytes of each crate's functions (raw and gzip -9 of their bodies
together), the data segments' bytes, and the largest functions. Standard library only.
"""

import gzip
import re
import sys
from collections import defaultdict


def leb(data, at):
    """An unsigned LEB128 number at `at`: (value, position after it)."""
    value, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def sections(data):
    at = 8
    while at < len(data):
        kind = data[at]
        size, at = leb(data, at + 1)
        yield kind, data[at : at + size]
        at += size


def imported_functions(body):
    count, at = leb(body, 0)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module and field names
            length, at = leb(body, at)
            at += length
        kind = body[at]
        at += 1
        if kind == 0:  # function: type index
            _, at = leb(body, at)
            functions += 1
        elif kind == 1:  # table: element type, limits
            at += 1
            flags, at = leb(body, at)
            _, at = leb(body, at)
            if flags & 1:
                _, at = leb(body, at)
        elif kind == 2:  # memory: limits
            flags, at = leb(body, at)
            _, at = leb(body, at)
            if flags & 1:
                _, at = leb(body, at)
        elif kind == 3:  # global: type, mutability
            at += 2
        else:
            raise ValueError(f"import kind {kind}")
    return functions


def function_names(body):
    names = {}
    at = 0
    while at < len(body):
        sub = body[at]
        size, at = leb(body, at + 1)
        end = at + size
        if sub == 1:
            count, at = leb(body, at)
            for _ in range(count):
                index, at = leb(body, at)
                length, at = leb(body, at)
                names[index] = body[at : at + length].decode("utf-8", "replace")
                at += length
        at = end
    return names


OWN = "pingfen"


def crate(name):
    """The crate a Rust symbol belongs to (legacy `_ZN` or v0 `_R` mangling; for a generic
    impl `<A as B>`, A's crate); wasm-bindgen's glue under one name."""
    if name.startswith("__wbindgen_describe"):
        return "(wasm-bindgen descriptors: removed when built)"
    if name.startswith(("__wbg", "__wbindgen", "__externref")):
        return "wasm_bindgen"
    if name.startswith("_R"):
        found = re.search(r"C(?:s[0-9A-Za-z]*_)?(\d+)", name)
        if found:
            at = found.end()
            return name[at : at + int(found.group(1))]
    if name.startswith("_ZN"):
        parts = []
        at = 3
        while at < len(name) and name[at].isdigit():
            digits = re.match(r"\d+", name[at:]).group()
            at += len(digits)
            parts.append(name[at : at + int(digits)])
            at += int(digits)
        name = "::".join(parts)
    name = name.replace("$LT$", "<").replace("$GT$", ">").replace("$RF$", "&").replace("$BP$", "*").replace("$C$", ",").replace("..", "::")
    name = re.sub(r"\$u([0-9a-f]{2})\$", lambda m: chr(int(m.group(1), 16)), name)
    name = name.lstrip("_<&*[ ").removeprefix("mut ").removeprefix("dyn ").lstrip("<&*[ ")
    path = re.split(r"<| |>|\(|\[|;|,", name, maxsplit=1)[0].split("::")
    head = path[0]
    if head == OWN and len(path) > 2:
        # The project's own code by module: pingfen::ui::components, pingfen::core::io, ...
        return "::".join(path[: 4 if path[1:3] == ["ui", "components"] else 3])
    if head in ("", "impl") or len(head) == 1:
        return "(generic)"
    return head


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    data = open(path, "rb").read()
    imports, bodies, names, data_bytes, custom = 0, [], {}, 0, 0
    for kind, body in sections(data):
        if kind == 2:
            imports = imported_functions(body)
        elif kind == 10:
            count, at = leb(body, 0)
            for _ in range(count):
                size, at = leb(body, at)
                bodies.append(body[at : at + size])
                at += size
        elif kind == 11:
            data_bytes = len(body)
        elif kind == 0:
            length, at = leb(body, 0)
            if body[at : at + length] == b"name":
                names = function_names(body[at + length :])
            custom += len(body)
    by_crate = defaultdict(list)
    largest = []
    for i, code in enumerate(bodies):
        name = names.get(imports + i, f"(function {imports + i})")
        by_crate[crate(name)].append(code)
        largest.append((len(code), name))
    code_total = sum(map(len, bodies))
    print(f"{path}: {len(data):,} bytes; code {code_total:,} in {len(bodies):,} functions; data {data_bytes:,}; custom sections {custom:,} (names, dropped when shipped)")
    print(f"{'crate':36s} {'code':>10s} {'share':>6s} {'gzip':>9s}  functions")
    rows = sorted(by_crate.items(), key=lambda kv: -sum(map(len, kv[1])))
    for name, codes in rows[:top]:
        raw = sum(map(len, codes))
        print(f"{name[:36]:36s} {raw:10,d} {raw / code_total:6.1%} {len(gzip.compress(b''.join(codes), 9)):9,d}  {len(codes):,}")
    rest = rows[top:]
    if rest:
        raw = sum(sum(map(len, codes)) for _, codes in rest)
        print(f"{'(' + str(len(rest)) + ' more)':36s} {raw:10,d} {raw / code_total:6.1%}")
    for family in ("pingfen", "serde", "yew"):
        codes = [c for name, cs in rows if name == family or name.startswith(family + "::") or name.startswith(family + "_") for c in cs]
        raw = sum(map(len, codes))
        print(f"{family + ' (all its parts)':36s} {raw:10,d} {raw / code_total:6.1%} {len(gzip.compress(b''.join(codes), 9)):9,d}  {len(codes):,}")
    print("largest functions:")
    for size, name in sorted(largest, reverse=True)[:10]:
        print(f"  {size:9,d}  {name[:110]}")


if __name__ == "__main__":
    main()
