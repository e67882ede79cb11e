#!/usr/bin/env python3
"""nb render on a notebook with 1,000 formulas against pandoc --mathml (the
peer: Markdown with TeX math to HTML with MathML), measured in one run.

    python3 benchmarks/formulas/run.py [--nb PATH] [--runs N]

Reports the median wall time of whole processes and the ratio.
"""
import argparse, pathlib, shutil, statistics, subprocess, sys, tempfile, time

here = pathlib.Path(__file__).resolve().parent
root = here.parent.parent

def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nb", default=str(root / ".build/release/nb"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--formulas", type=int, default=1000)
    args = ap.parse_args()
    if not pathlib.Path(args.nb).exists():
        sys.exit("build nb first: .ci/nb --help")
    if shutil.which("pandoc") is None:
        subprocess.run(["apt-get", "install", "-y", "-qq", "pandoc"], check=True)
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        md = work / "formulas.md"
        md.write_text(subprocess.run([sys.executable, str(here / "make_notebook.py"), str(args.formulas)],
                                     capture_output=True, text=True, check=True).stdout)
        nb, pandoc = [], []
        for _ in range(args.runs):
            nb.append(timed([args.nb, "render", str(md), "-o", str(work / "nb.html")]))
            pandoc.append(timed(["pandoc", "--mathml", "-s", str(md), "-o", str(work / "pandoc.html")]))
    n, p = statistics.median(nb), statistics.median(pandoc)
    print(f"nb render        median {n:.3f} s  ({args.formulas / n:,.0f} formulas/s, whole process)")
    print(f"pandoc --mathml  median {p:.3f} s  ({args.formulas / p:,.0f} formulas/s)")
    print(f"ratio pandoc/nb: {p / n:.1f}x (above 1: nb is faster)")

main()
