"""Seeds fuzz/corpus/tex with one file per formula of the TeX tests and of the
seed lectures (/work/shared/seeds or the path given), so the fuzzer starts from
real math.

    python3 fuzz/corpus/make_tex_corpus.py [SEEDS_DIR]
"""
import hashlib, pathlib, re, sys

root = pathlib.Path(__file__).resolve().parents[2]
out = pathlib.Path(__file__).resolve().parent / "tex"
out.mkdir(exist_ok=True)
formulas = set()
# Raw string literals #"…"# in the tests are formulas or MathML; keep the TeX ones.
for test in (root / "Tests" / "TeXTests").glob("*.swift"):
    for match in re.finditer(r'#"(.*?)"#', test.read_text()):
        text = match.group(1)
        if not text.startswith("<") and len(text) < 2000:
            formulas.add(text)
seeds = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path("/work/shared/seeds")
for lecture in sorted(seeds.glob("*.txt")) + sorted((root / "Tests" / "TeXTests" / "Fixtures").glob("*.txt")):
    text = lecture.read_text()
    for pattern in (r"\$\$(.+?)\$\$", r"\$(.+?)\$", r"\\\[(.+?)\\\]", r"(\\begin\{(align|equation|gather)\*?\}.+?\\end\{\2\*?\})"):
        for match in re.finditer(pattern, text, re.S):
            formulas.add(match.group(1).strip())
for formula in sorted(formulas):
    name = hashlib.sha1(formula.encode()).hexdigest()[:16]
    (out / name).write_text(formula)
print(f"{len(formulas)} formulas in {out}")
