#!/usr/bin/env python3
"""Sums the counters of the .trx files under the given folders.

Prints one line per test assembly ("  name: N passed, N failed, N skipped") on stderr and the totals
("PASSED FAILED SKIPPED FILES") on stdout, for scripts/test.sh.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
FAILED = ("failed", "error", "timeout", "aborted")


def assembly_of(root):
    for test in root.iter(NS + "UnitTest"):
        storage = test.get("storage")
        if storage:
            return os.path.splitext(os.path.basename(storage))[0]
    return None


def main(folders):
    passed = failed = skipped = files = 0
    for folder in folders:
        for path in sorted(glob.glob(os.path.join(folder, "**", "*.trx"), recursive=True)):
            files += 1
            try:
                root = ET.parse(path).getroot()
            except ET.ParseError as e:
                print(f"  {os.path.basename(path)}: unreadable ({e})", file=sys.stderr)
                failed += 1
                continue
            counters = root.find(f"{NS}ResultSummary/{NS}Counters")
            if counters is None:
                continue
            get = lambda k: int(counters.get(k, "0"))
            p = get("passed")
            f = sum(get(k) for k in FAILED)
            s = max(get("total") - p - f, 0)
            passed, failed, skipped = passed + p, failed + f, skipped + s
            if get("total") == 0:
                continue  # a test assembly with nothing matching the filter
            name = assembly_of(root) or os.path.basename(path)
            print(f"    {name}: {p} passed, {f} failed, {s} skipped", file=sys.stderr)
    print(passed, failed, skipped, files)


if __name__ == "__main__":
    main(sys.argv[1:])
