"""Writes a notebook with N formulas (no cells), drawn in turn from the seed
lecture's kinds of math: inline, display, and align* blocks."""
import sys

FORMULAS = [
    ("inline", r"f: \mathcal{X} \to \mathcal{Y}"),
    ("inline", r"\|W^{(h)}[i,:]\|_2^2"),
    ("display", r"\mathcal{L}(\mathbf{W}) = \frac{1}{m} \sum_{i=1}^m L(f(x_i; \mathbf{W}), y_i)"),
    ("display", r"\frac{d}{dt} \mathbf{W}(t) = - \nabla_{\mathbf{W}} \mathcal{L}(\mathbf{W}(t))"),
    ("display", r"f\left(x; \dots, cW^{(i)}, \frac{1}{c}W^{(i+1)}, \dots\right) = f\left(x; \dots, W^{(i)}, W^{(i+1)}, \dots\right)"),
    ("inline", r"U \in \mathbb{R}^{d_1 \times r}"),
    ("display", r"\min_{U,V} \frac{1}{2} \|UV^T - M^*\|_F^2 + \frac{\lambda}{4} \|U^T U - V^T V\|_F^2"),
    ("align", r"""\frac{d}{dt} (W_1 W_1^T) &= \left(\frac{d W_1}{dt}\right) W_1^T + W_1 \left(\frac{d W_1}{dt}\right)^T \\[10pt]
&= -W_2^T G x_1^T - W_1 x_{in} G^T W_2"""),
    ("inline", r"\eta_t = O(t^{-(1/2+\delta)})"),
    ("display", r"\text{Tr}((\operatorname{grad}_W^A E)^T A^{-1} Z) = \text{Tr}((\nabla E(W))^T Z)"),
]

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    out = ["---", "title: 1,000 formulas", "---", ""]
    for i in range(n):
        kind, tex = FORMULAS[i % len(FORMULAS)]
        if kind == "inline":
            out.append(f"Formula {i}: here is ${tex}$ in a sentence.\n")
        elif kind == "display":
            out.append(f"Formula {i}:\n\\[ {tex} \\]\n")
        else:
            out.append(f"Formula {i}:\n\\begin{{align*}}\n{tex}\n\\end{{align*}}\n")
    sys.stdout.write("\n".join(out))

main()
