#!/usr/bin/env python3
"""Where the test time goes: reads every module's Surefire and Failsafe reports
(target/surefire-reports, target/failsafe-reports) and prints one row per test class,
slowest first, with a total per module. Run after ./test.sh (or ./mvnw verify):

    python3 tools/test-times.py [ROOT] [--top N]
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    top = 30
    if "--top" in sys.argv:
        top = int(sys.argv[sys.argv.index("--top") + 1])
        args = [a for a in args if a != str(top)]
    root = args[0] if args else "."
    rows = []
    for report in glob.glob(os.path.join(root, "*", "target", "*-reports", "TEST-*.xml")):
        module = os.path.relpath(report, root).split(os.sep)[0]
        kind = "IT" if "failsafe" in report else "unit"
        suite = ET.parse(report).getroot()
        rows.append((float(suite.get("time", "0")), module, kind, suite.get("name"),
                     int(suite.get("tests", "0")), int(suite.get("failures", "0")) + int(suite.get("errors", "0"))))
    rows.sort(reverse=True)
    print(f"{'seconds':>8}  {'module':<22} {'kind':<4}  {'tests':>5}  class")
    for seconds, module, kind, name, tests, failed in rows[:top]:
        flag = "  FAILED" if failed else ""
        print(f"{seconds:8.1f}  {module:<22} {kind:<4}  {tests:5d}  {name}{flag}")
    print()
    totals = {}
    for seconds, module, kind, *_ in rows:
        totals[(module, kind)] = totals.get((module, kind), 0) + seconds
    print(f"{'seconds':>8}  module / kind")
    for (module, kind), seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{seconds:8.1f}  {module} {kind}")
    print(f"{sum(r[0] for r in rows):8.1f}  all test classes ({len(rows)})")


if __name__ == "__main__":
    main()
