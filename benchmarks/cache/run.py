#!/usr/bin/env python3
"""The results cache and the preview on session1, through the real `nb` (issue 15).

Measures, in one run, medians over RUNS:
  clean    nb render --no-cache            every cell checked and run
  cached   nb render, no change            every result from .nb-cache/
  prose    nb render after a prose edit    every result from the cache, lines moved
  preview  nb preview: a prose edit saved  -> the served page has the new text (polled over HTTP)
  last     nb preview: an edit to the last cell saved -> the page has its new output (only that
           cell runs: the preview keeps every cell's state, docs/ARCHITECTURE.md "Incremental runs")
and the ratios clean/cached and clean/preview. Works on a copy of the notebook in a temporary
folder, so the repository is not written. The preview's first page comes from the cache; it
then runs the cells once in the background to keep their states, which the script waits for
(one unmeasured edit to the last cell) before it measures.

usage: benchmarks/cache/run.py [NB_BINARY] [RUNS]   (default: .build/release/nb, 5)
"""
import os, resource, shutil, statistics, subprocess, sys, tempfile, time, urllib.request

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
nb = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(root, ".build/release/nb")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
# nb as a user starts it: no OPENBLAS_NUM_THREADS (nb loads the single-threaded OpenBLAS itself).
env = {name: value for name, value in os.environ.items() if name != "OPENBLAS_NUM_THREADS"}
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


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def render(case, *flags):
    # One `nb render` of the notebook; its CPU seconds are kept under `case`.
    start, cpu = time.perf_counter(), children_cpu()
    subprocess.run([nb, "render", "-q", *flags, notebook], env=env, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cpus.setdefault(case, []).append(children_cpu() - cpu)
    return time.perf_counter() - start


cpus = {}


def marker(k):
    return f"Benchmark marker {k} here."


front_matter_end = original.index("\n---\n", 4) + len("\n---\n")


last_close = original.index("\n```", original.rindex("```swift") + 3)


def last_cell_edited(k):
    # A line printing a marker at the end of the last cell: only that cell changes.
    return original[:last_close] + f'\nprint("Cell marker {k}")' + original[last_close:]


def edited(k):
    # A prose paragraph added right after the front matter: no cell changes.
    return original[:front_matter_end] + f"\n{marker(k)}\n" + original[front_matter_end:]


write(original)
clean, cached, prose = [], [], []
for k in range(runs):
    clean.append(render("clean", "--no-cache"))
    render("fill")                 # fills the cache
    cached.append(render("cached"))
    write(edited(k))
    prose.append(render("prose"))
    write(original)

preview, last = [], []
server = subprocess.Popen([nb, "preview", notebook], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def server_cpu():
    # The preview process's CPU seconds so far (user + system), from /proc.
    fields = open(f"/proc/{server.pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


preview_cpu, last_cpu = [], []


def saved_until(text, expected, cpu_list=None):
    # Saves `text`, then polls the page until it has `expected`: seconds from the save.
    write(text)
    start, cpu = time.perf_counter(), server_cpu()
    while time.perf_counter() - start < 60:
        page = urllib.request.urlopen(url, timeout=30).read().decode("utf-8")
        if expected in page:
            break
        time.sleep(0.005)
    if cpu_list is not None:
        cpu_list.append(server_cpu() - cpu)
    return time.perf_counter() - start


try:
    url = server.stdout.readline().strip()
    saved_until(last_cell_edited(0), "Cell marker 0")      # waits for the states to be kept
    for k in range(runs):
        preview.append(saved_until(edited(100 + k), marker(100 + k), preview_cpu))
    for k in range(runs):
        last.append(saved_until(last_cell_edited(1 + k), f"Cell marker {1 + k}", last_cpu))
finally:
    server.terminate()
    server.wait()
shutil.rmtree(work)

m = {name: statistics.median(v) for name, v in
     [("clean", clean), ("cached", cached), ("prose", prose), ("preview", preview), ("last", last)]}
print(f"session1, {runs} runs each, medians (wall time of the whole process; preview: save to served page)")
print(f"  nb render --no-cache         {m['clean']:.3f} s")
print(f"  nb render (all cached)       {m['cached']:.3f} s   {m['clean'] / m['cached']:.1f}x faster than clean")
print(f"  nb render after a prose edit {m['prose']:.3f} s   {m['clean'] / m['prose']:.1f}x faster than clean")
print(f"  nb preview, prose edit       {m['preview']:.3f} s   {m['clean'] / m['preview']:.1f}x faster than clean")
print(f"  nb preview, last cell edited {m['last']:.3f} s   {m['clean'] / m['last']:.1f}x faster than clean")
print("CPU seconds (user + system; what the wall times come to on an idle machine), medians")
print(f"  nb render --no-cache {statistics.median(cpus['clean']):.3f}   all cached {statistics.median(cpus['cached']):.3f}"
      f"   after a prose edit {statistics.median(cpus['prose']):.3f}")
print(f"  nb preview: prose edit {statistics.median(preview_cpu):.3f}   last cell edited {statistics.median(last_cpu):.3f}")
