import Testing
import TeX

/// Formulas of the kind the next lectures of the course use (derivatives, SVD,
/// probabilities, optimisation): each converts without an error mark.
@Suite struct CourseFormulaTests {
    static let formulas: [String] = [
        #"\det(W^T W) = \prod_{i=1}^d \sigma_i^2"#,
        #"\dot{W}_1 = -\nabla_{W_1} \mathcal{L}, \quad \ddot{x} + \omega^2 x = 0"#,
        #"\mathbb{E}_{x \sim p}\left[\|x\|^2\right] = \operatorname{tr}(\Sigma)"#,
        #"W = U \Sigma V^\top = \sum_{i=1}^r \sigma_i u_i v_i^\top"#,
        #"\frac{\partial \mathcal{L}}{\partial W_j} = \left(\prod_{k>j} W_k\right)^{\!\top} \nabla_{W}\mathcal{L} \left(\prod_{k<j} W_k\right)^{\!\top}"#,
        #"\lim_{t \to \infty} \|W(t) - W^\star\|_F = 0"#,
        #"\int_0^\infty e^{-\lambda t}\,dt = \tfrac{1}{\lambda}"#,
        #"\operatorname{vec}(AXB) = (B^\top \otimes A)\operatorname{vec}(X)"#,
        #"\Pr\left[\,|X - \mu| \ge k\sigma\right] \le \dfrac{1}{k^2}"#,
        #"x^\star = \argmin_{x \in \mathbb{R}^n} \tfrac12 \|Ax-b\|_2^2 + \lambda\|x\|_1"#,
        #"\underbrace{W_N W_{N-1} \cdots W_1}_{=: W} x"#,
        #"\hat{\theta} \quad \bar{x} = \frac1n\sum_i x_i \quad \tilde{O}(n) \quad \widehat{W} \quad \overline{z}"#,
        #"\mathscr{L} \quad \boldsymbol{\theta} \quad \mathrm{d}t \quad \mathfrak{so}(3)"#,
        #"\left.\frac{d}{dt}\right|_{t=0} f(x + t v)"#,
        #"f(x) = \begin{cases} x & x \ge 0 \\ 0.1 x & \text{otherwise}\end{cases}"#,
        #"R_\theta = \begin{bmatrix} \cos\theta & -\sin\theta \\ \sin\theta & \cos\theta \end{bmatrix}"#,
        #"\begin{pmatrix} a_{11} & \cdots & a_{1n} \\ \vdots & \ddots & \vdots \\ a_{m1} & \cdots & a_{mn} \end{pmatrix}"#,
        #"\sigma_{\max}(A) \approx \|A\|_2 \quad \|x\|_2 \coloneqq \sqrt{\textstyle\sum_i x_i^2}"#,
        #"\mathcal{O}\big(\frac{1}{\sqrt{T}}\big) \quad \epsilon\text{-optimal} \quad p(x \mid \theta)"#,
        #"\mathbf{1}^\top x = 1 \quad W^{(\ell)} \leftarrow W^{(\ell)} - \eta\, \partial_{W^{(\ell)}} \mathcal{L}"#,
        #"\max_{\|v\|=1} v^\top A v \quad \sum_{i<j} x_i x_j \quad \xrightarrow{t\to\infty} \quad \binom{n}{2}"#,
        #"\vec{x}\cdot\vec{y} = \lVert x \rVert \lVert y \rVert \cos\theta \quad e^{i\pi} + 1 = 0 \quad \gcd(a, b)"#,
        #"\overbrace{1 + \cdots + 1}^{n\text{ times}} = n \quad \langle u, v \rangle = u^\top v"#,
        #"\begin{aligned} \nabla_{W_1}\mathcal{L} &= W_2^\top (W_2 W_1 - Y) \\ &= 0 \end{aligned}"#,
        #"\begin{vmatrix} a & b \\ c & d \end{vmatrix} = ad - bc \quad \begin{Bmatrix} x \end{Bmatrix}"#,
        #"\forall \varepsilon > 0\; \exists \delta > 0 : |x - y| < \delta \implies |f(x) - f(y)| < \varepsilon"#,
        #"A = Q\Lambda Q^{-1} \iff A \text{ is diagonalizable} \quad \operatorname*{arg\,min}_\theta J(\theta)"#,
        #"\mathbb{P}(A \cap B) = \mathbb{P}(A)\,\mathbb{P}(B \mid A) \quad A \subseteq B \cup C \quad x \notin \emptyset"#,
        #"\frac{d}{dt}\log\det P(t) = \operatorname{tr}\!\left(P^{-1}\dot P\right) \quad \partial_t u = \Delta u"#,
        #"\sum_{\substack{1 \le i \le n \\ i \ne j}} a_{ij} \quad \prod\limits_{k} b_k \quad \iint_D f \, dA"#,
    ]

    @Test(arguments: formulas)
    func convertsCleanly(_ tex: String) {
        for display in [false, true] {
            let result = convert(tex, display: display)
            #expect(result.errors.isEmpty)
            #expect(!result.mathML.contains("<merror"))
        }
    }
}
