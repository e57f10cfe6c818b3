#!/usr/bin/env python3
"""The Python baseline: load every file named on standard input (one path a line) into Python
objects with PyYAML's C loader (libyaml underneath), on one core, as a Python checker would."""
import sys

import yaml

if not yaml.__with_libyaml__:
    sys.exit("cloader_load.py: PyYAML was built without libyaml; `pip install --force-reinstall pyyaml`")

files = claims = 0
for line in sys.stdin:
    with open(line.rstrip("\n"), "rb") as handle:
        document = yaml.load(handle, Loader=yaml.CLoader)
    files += 1
    claims += len(document.get("claims") or []) if isinstance(document, dict) else 0
print(f"{files} files, {claims} claims")
