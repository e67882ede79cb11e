"""Writes latin-modern-math-metrics.json: the ink tops (yMax, in em) of the
glyphs the browser spacing test measures, read from Latin Modern Math
(fonts-lmodern) with fontTools, and TeX's height for a prime in that font.

    pip install fonttools && python3 make_latin_modern_metrics.py

TeX (LuaTeX, unicode-math) sets x' as x^{\\prime}: the script-style variant of
U+2032 (ssty: minute.st) at ScriptPercentScaleDown, raised by
SuperscriptShiftUp, so its top is SuperscriptShiftUp + scale * yMax(minute.st)
above the baseline, for every letter base.
"""
import json, pathlib
from fontTools.ttLib import TTFont
from fontTools.pens.boundsPen import BoundsPen

FONT = "/usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf"
# The characters as the browser draws them (<mi>x</mi> is the italic U+1D465).
GLYPHS = {"E": "\U0001D438", "x": "\U0001D465", "W": "\U0001D44A", "Σ": "\u03A3",
          "𝐖": "\U0001D416", "′": "\u2032", "″": "\u2033"}

font = TTFont(FONT)
upem = font["head"].unitsPerEm
glyphs, cmap = font.getGlyphSet(), font.getBestCmap()

def top(name):
    pen = BoundsPen(glyphs)
    glyphs[name].draw(pen)
    return pen.bounds[3] / upem

math = font["MATH"].table.MathConstants
shift = math.SuperscriptShiftUp.Value / upem
scale = math.ScriptPercentScaleDown / 100
metrics = {
    "ascender": font["hhea"].ascent / upem,
    "inkTop": {key: round(top(cmap[ord(ch)]), 4) for key, ch in GLYPHS.items()},
    "texPrimeTop": round(shift + scale * top("minute.st"), 4),
}
out = pathlib.Path(__file__).with_name("latin-modern-math-metrics.json")
out.write_text(json.dumps(metrics, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
print(out.read_text())
