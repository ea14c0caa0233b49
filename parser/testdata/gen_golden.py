#!/usr/bin/env python3
"""Writes the golden AST dumps the parser tests compare against.

For every NAME.aio under the given directories (default: ast and
conformance next to this script) it writes NAME.ast holding
ast.dump(ast.parse(source), include_attributes=True) from CPython 3.11, with
column offsets converted from UTF-8 bytes to code points, which is how the aio
ast counts columns.

    python3 parser/testdata/gen_golden.py
"""
import ast
import os
import sys


def to_chars(tree, lines):
    def conv(lineno, col):
        if lineno is None or col is None or lineno < 1 or lineno > len(lines):
            return col
        return len(lines[lineno - 1][:col].decode("utf-8", errors="replace"))

    for node in ast.walk(tree):
        if hasattr(node, "col_offset") and node.col_offset is not None:
            node.col_offset = conv(node.lineno, node.col_offset)
        if getattr(node, "end_col_offset", None) is not None:
            node.end_col_offset = conv(node.end_lineno, node.end_col_offset)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    roots = sys.argv[1:] or [os.path.join(here, "ast"), os.path.join(here, "conformance")]
    for root in roots:
        for dirpath, _, files in os.walk(root):
            for name in sorted(files):
                if not name.endswith(".aio"):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, "rb") as f:
                    raw = f.read()
                tree = ast.parse(raw.decode("utf-8"), path)
                to_chars(tree, raw.split(b"\n"))
                with open(path[:-4] + ".ast", "w") as f:
                    f.write(ast.dump(tree, include_attributes=True) + "\n")


if __name__ == "__main__":
    main()
