#!/usr/bin/env python3
"""The results cache and the preview on session1, through the real `nb` (issue 15).

Measures, in one run, medians over RUNS:
  clean    nb render --no-cache            every cell checked and run
  cached   nb render, no change            every result from .nb-cache/
  prose    nb render after a prose edit    every result from the cache, lines moved
  preview  nb preview: a prose edit saved  -> the served page has the new text (polled over HTTP)
and the ratios clean/cached and clean/preview. Works on a copy of the notebook in a temporary
folder, so the repository is not written.

usage: benchmarks/cache/run.py [NB_BINARY] [RUNS]   (default: .build/release/nb, 5)
"""
import os, shutil, statistics, subprocess, sys, tempfile, time, urllib.request

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
nb = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(root, ".build/release/nb")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
env = dict(os.environ, OPENBLAS_NUM_THREADS="1")
work = tempfile.mkdtemp(prefix="nb-cache-bench-")
notebook = os.path.join(work, "session1.md")
original = open(os.path.join(root, "notebooks/session1.md"), encoding="utf-8").read()
for extra in ("session1.bib",):
    if os.path.exists(os.path.join(root, "notebooks", extra)):
        shutil.copy(os.path.join(root, "notebooks", extra), work)


def write(text):
    with open(notebook + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(notebook + ".tmp", notebook)


def render(*flags):
    start = time.perf_counter()
    subprocess.run([nb, "render", "-q", *flags, notebook], env=env, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def marker(k):
    return f"Benchmark marker {k} here."


front_matter_end = original.index("\n---\n", 4) + len("\n---\n")


def edited(k):
    # A prose paragraph added right after the front matter: no cell changes.
    return original[:front_matter_end] + f"\n{marker(k)}\n" + original[front_matter_end:]


write(original)
clean, cached, prose = [], [], []
for k in range(runs):
    clean.append(render("--no-cache"))
    render()                       # fills the cache
    cached.append(render())
    write(edited(k))
    prose.append(render())
    write(original)

preview = []
server = subprocess.Popen([nb, "preview", notebook], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
try:
    url = server.stdout.readline().strip()
    for k in range(runs):
        write(edited(100 + k))
        start = time.perf_counter()
        while time.perf_counter() - start < 60:
            page = urllib.request.urlopen(url, timeout=30).read().decode("utf-8")
            if marker(100 + k) in page:
                break
            time.sleep(0.005)
        preview.append(time.perf_counter() - start)
finally:
    server.terminate()
    server.wait()
shutil.rmtree(work)

m = {name: statistics.median(v) for name, v in
     [("clean", clean), ("cached", cached), ("prose", prose), ("preview", preview)]}
print(f"session1, {runs} runs each, medians (wall time of the whole process; preview: save to served page)")
print(f"  nb render --no-cache         {m['clean']:.3f} s")
print(f"  nb render (all cached)       {m['cached']:.3f} s   {m['clean'] / m['cached']:.1f}x faster than clean")
print(f"  nb render after a prose edit {m['prose']:.3f} s   {m['clean'] / m['prose']:.1f}x faster than clean")
print(f"  nb preview, prose edit       {m['preview']:.3f} s   {m['clean'] / m['preview']:.1f}x faster than clean")
