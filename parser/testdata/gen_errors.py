#!/usr/bin/env python3
"""Writes the expected syntax errors the parser tests compare against.

For every NAME.aio under testdata/errors it writes NAME.err: CPython 3.11's
traceback.format_exception_only output for compiling the file's text, which is
what `python3 NAME.aio` prints on stderr (see below for non-ASCII lines).

    python3 parser/testdata/gen_errors.py
"""
import os
import sys
import traceback


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "errors")
    for name in sorted(os.listdir(root)):
        if not name.endswith(".aio"):
            continue
        path = os.path.join(root, name)
        with open(path, "rb") as f:
            # Compiling text rather than bytes makes CPython report columns
            # in characters; for files it counts UTF-8 bytes (a 3.11 quirk
            # that misplaces carets on lines with non-ASCII text).
            src = f.read().decode("utf-8")
        try:
            compile(src, name, "exec")
        except SyntaxError as e:
            out = "".join(traceback.format_exception_only(e))
        else:
            print("no error:", name, file=sys.stderr)
            out = ""
        with open(path[:-4] + ".err", "w") as f:
            f.write(out)


if __name__ == "__main__":
    main()
