import Testing
@testable import TeX

/// Command-by-command goldens: each formula and the MathML Core it must give (the part
/// inside `<semantics>`, before the TeX annotation). Invisible characters are spelled out:
/// U+2061 is FUNCTION APPLICATION, U+2009 a thin space, U+00A0 a no-break space.
@Suite struct CommandGoldenTests {
    static let structureCases: [Golden] = [
        Golden(#"x"#,
               #"<mi>x</mi>"#),
        Golden(#"x_i^2"#,
               #"<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>"#),
        Golden(#"3.14"#,
               #"<mn>3.14</mn>"#),
        Golden(#"x_12"#,
               #"<mrow><msub><mi>x</mi><mn>1</mn></msub><mn>2</mn></mrow>"#),
        Golden(#"f'"#,
               #"<msup><mi>f</mi><mo lspace="0em" rspace="0em">′</mo></msup>"#),
        Golden(#"f''^2"#,
               #"<msup><mi>f</mi><mrow><mo lspace="0em" rspace="0em">″</mo><mn>2</mn></mrow></msup>"#),
        Golden(#"a-b"#,
               #"<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>"#),
        Golden(#"-a"#,
               #"<mrow><mo form="prefix">−</mo><mi>a</mi></mrow>"#),
        Golden(#"a=-b"#,
               #"<mrow><mi>a</mi><mo>=</mo><mo form="prefix">−</mo><mi>b</mi></mrow>"#),
        Golden(#"(-1)"#,
               #"<mrow><mo stretchy="false">(</mo><mo form="prefix">−</mo><mn>1</mn><mo stretchy="false">)</mo></mrow>"#),
        Golden(#"{a}^{b}"#,
               #"<msup><mi>a</mi><mi>b</mi></msup>"#),
        Golden(#"\frac{a}{b}"#,
               #"<mfrac><mi>a</mi><mi>b</mi></mfrac>"#),
        Golden(#"\dfrac12"#,
               #"<mstyle displaystyle="true" scriptlevel="0"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"#),
        Golden(#"\tfrac12"#,
               #"<mstyle displaystyle="false"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"#),
        Golden(#"\binom{n}{k}"#,
               #"<mrow><mo form="prefix" stretchy="true">(</mo><mfrac linethickness="0em"><mi>n</mi><mi>k</mi></mfrac><mo form="postfix" stretchy="true">)</mo></mrow>"#),
        Golden(#"\sqrt{x}"#,
               #"<msqrt><mi>x</mi></msqrt>"#),
        Golden(#"\sqrt[n]{x}"#,
               #"<mroot><mi>x</mi><mi>n</mi></mroot>"#),
    ]

    @Test("Scripts, numbers, fractions and roots", arguments: structureCases)
    func structure(_ golden: Golden) {
        #expect(mathML(golden.tex, display: golden.display) == golden.expected)
        #expect(convert(golden.tex, display: golden.display).errors.isEmpty)
    }

    static let operatorsCases: [Golden] = [
        Golden(#"\sum_{i=1}^n x_i"#, display: true,
               #"<mrow><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub></mrow>"#),
        Golden(#"\sum_{i=1}^n x_i"#,
               #"<mrow><msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><msub><mi>x</mi><mi>i</mi></msub></mrow>"#),
        Golden(#"\sum\limits_{i}"#,
               #"<munder><mo movablelimits="false">∑</mo><mi>i</mi></munder>"#),
        Golden(#"\sum\nolimits_{i}"#, display: true,
               #"<msub><mo>∑</mo><mi>i</mi></msub>"#),
        Golden(#"\int_0^1 f"#, display: true,
               #"<mrow><msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi></mrow>"#),
        Golden(#"\prod_k"#, display: true,
               #"<munder><mo>∏</mo><mi>k</mi></munder>"#),
        Golden(#"\lim_{n\to\infty} a_n"#, display: true,
               #"<mrow><munder><mi>lim</mi><mrow><mi>n</mi><mo>→</mo><mi>∞</mi></mrow></munder><mo>\#u{2061}</mo><mspace width="0.1667em"></mspace><msub><mi>a</mi><mi>n</mi></msub></mrow>"#),
        Golden(#"\lim_{n\to\infty} a_n"#,
               #"<mrow><msub><mi>lim</mi><mrow><mi>n</mi><mo>→</mo><mi>∞</mi></mrow></msub><mo>\#u{2061}</mo><mspace width="0.1667em"></mspace><msub><mi>a</mi><mi>n</mi></msub></mrow>"#),
        Golden(#"\max_x f"#, display: true,
               #"<mrow><munder><mi>max</mi><mi>x</mi></munder><mo>\#u{2061}</mo><mspace width="0.1667em"></mspace><mi>f</mi></mrow>"#),
        Golden(#"\argmin_x f"#, display: true,
               #"<mrow><munder><mi>arg\#u{2009}min</mi><mi>x</mi></munder><mo>\#u{2061}</mo><mspace width="0.1667em"></mspace><mi>f</mi></mrow>"#),
        Golden(#"\Pr(A)"#,
               #"<mrow><mi>Pr</mi><mo>\#u{2061}</mo><mo stretchy="false">(</mo><mi>A</mi><mo stretchy="false">)</mo></mrow>"#),
        Golden(#"\det A"#,
               #"<mrow><mi>det</mi><mo>\#u{2061}</mo><mspace width="0.1667em"></mspace><mi>A</mi></mrow>"#),
        Golden(#"\sin x"#,
               #"<mrow><mi>sin</mi><mo>\#u{2061}</mo><mspace width="0.1667em"></mspace><mi>x</mi></mrow>"#),
        Golden(#"\log_2 n"#,
               #"<mrow><msub><mi>log</mi><mn>2</mn></msub><mo>\#u{2061}</mo><mspace width="0.1667em"></mspace><mi>n</mi></mrow>"#),
        Golden(#"\operatorname{grad} f"#,
               #"<mrow><mi>grad</mi><mo>\#u{2061}</mo><mspace width="0.1667em"></mspace><mi>f</mi></mrow>"#),
        Golden(#"\operatorname*{argmax}_x f"#, display: true,
               #"<mrow><munder><mi>argmax</mi><mi>x</mi></munder><mo>\#u{2061}</mo><mspace width="0.1667em"></mspace><mi>f</mi></mrow>"#),
        Golden(#"\mathrm{d}x"#,
               #"<mrow><mi mathvariant="normal">d</mi><mi>x</mi></mrow>"#),
        Golden(#"\mathrm{Tr}\,A"#,
               #"<mrow><mi>Tr</mi><mspace width="0.1667em"></mspace><mi>A</mi></mrow>"#),
        Golden(#"a \bmod b"#,
               #"<mrow><mi>a</mi><mo lspace="0.2222em" rspace="0.2222em">mod</mo><mi>b</mi></mrow>"#),
    ]

    @Test("Large operators and named functions", arguments: operatorsCases)
    func operators(_ golden: Golden) {
        #expect(mathML(golden.tex, display: golden.display) == golden.expected)
        #expect(convert(golden.tex, display: golden.display).errors.isEmpty)
    }

    static let fontsCases: [Golden] = [
        Golden(#"\mathbf{W}"#,
               #"<mi>𝐖</mi>"#),
        Golden(#"\mathbf{0}"#,
               #"<mn>𝟎</mn>"#),
        Golden(#"\mathbf{\Sigma}"#,
               #"<mi>𝚺</mi>"#),
        Golden(#"\mathbb{R}"#,
               #"<mi>ℝ</mi>"#),
        Golden(#"\mathbb{CHNPQZ}"#,
               #"<mrow><mi>ℂ</mi><mi>ℍ</mi><mi>ℕ</mi><mi>ℙ</mi><mi>ℚ</mi><mi>ℤ</mi></mrow>"#),
        Golden(#"\mathbb{A}"#,
               #"<mi>𝔸</mi>"#),
        Golden(#"\mathbb{1}"#,
               #"<mn>𝟙</mn>"#),
        Golden(#"\mathcal{L}"#,
               #"<mi>ℒ</mi>"#),
        Golden(#"\mathcal{BEFHIMR}"#,
               #"<mrow><mi>ℬ</mi><mi>ℰ</mi><mi>ℱ</mi><mi>ℋ</mi><mi>ℐ</mi><mi>ℳ</mi><mi>ℛ</mi></mrow>"#),
        Golden(#"\mathcal{A}"#,
               #"<mi>𝒜</mi>"#),
        Golden(#"\mathscr{ego}"#,
               #"<mrow><mi>ℯ</mi><mi>ℊ</mi><mi>ℴ</mi></mrow>"#),
        Golden(#"\mathfrak{CHIRZ}"#,
               #"<mrow><mi>ℭ</mi><mi>ℌ</mi><mi>ℑ</mi><mi>ℜ</mi><mi>ℨ</mi></mrow>"#),
        Golden(#"\mathfrak{g}"#,
               #"<mi>𝔤</mi>"#),
        Golden(#"\mathsf{A}"#,
               #"<mi>𝖠</mi>"#),
        Golden(#"\mathtt{x}"#,
               #"<mi>𝚡</mi>"#),
        Golden(#"\mathit{h}"#,
               #"<mi>ℎ</mi>"#),
        Golden(#"\boldsymbol{x}"#,
               #"<mi>𝒙</mi>"#),
        Golden(#"\boldsymbol{\alpha}"#,
               #"<mi>𝜶</mi>"#),
        Golden(#"\boldsymbol{\Gamma}"#,
               #"<mi>𝚪</mi>"#),
    ]

    @Test("Math alphabets", arguments: fontsCases)
    func fonts(_ golden: Golden) {
        #expect(mathML(golden.tex, display: golden.display) == golden.expected)
        #expect(convert(golden.tex, display: golden.display).errors.isEmpty)
    }

    static let delimitersCases: [Golden] = [
        Golden(#"\left(\frac{a}{b}\right)"#,
               #"<mrow><mo form="prefix" fence="true" stretchy="true">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo form="postfix" fence="true" stretchy="true">)</mo></mrow>"#),
        Golden(#"\left.x\right|"#,
               #"<mrow><mo form="prefix" fence="true" stretchy="true"></mo><mi>x</mi><mo form="postfix" fence="true" stretchy="true">|</mo></mrow>"#),
        Golden(#"\left\langle x \middle| y \right\rangle"#,
               #"<mrow><mo form="prefix" fence="true" stretchy="true">⟨</mo><mi>x</mi><mo fence="true" stretchy="true" lspace="0.05em" rspace="0.05em">|</mo><mi>y</mi><mo form="postfix" fence="true" stretchy="true">⟩</mo></mrow>"#),
        Golden(#"\big( \Bigr]"#,
               #"<mrow><mo stretchy="true" lspace="0em" rspace="0em" minsize="1.2em" maxsize="1.2em">(</mo><mo form="postfix" stretchy="true" minsize="1.8em" maxsize="1.8em">]</mo></mrow>"#),
        Golden(#"\|x\|"#,
               #"<mrow><mo stretchy="false" lspace="0em" rspace="0em">‖</mo><mi>x</mi><mo stretchy="false" lspace="0em" rspace="0em">‖</mo></mrow>"#),
        Golden(#"\lvert x\rvert"#,
               #"<mrow><mo stretchy="false">|</mo><mi>x</mi><mo stretchy="false">|</mo></mrow>"#),
        Golden(#"\langle x\rangle"#,
               #"<mrow><mo stretchy="false">⟨</mo><mi>x</mi><mo stretchy="false">⟩</mo></mrow>"#),
        Golden(#"\{x\}"#,
               #"<mrow><mo stretchy="false">{</mo><mi>x</mi><mo stretchy="false">}</mo></mrow>"#),
    ]

    @Test("Delimiters and fences", arguments: delimitersCases)
    func delimiters(_ golden: Golden) {
        #expect(mathML(golden.tex, display: golden.display) == golden.expected)
        #expect(convert(golden.tex, display: golden.display).errors.isEmpty)
    }

    static let accentsCases: [Golden] = [
        Golden(#"\hat{x}"#,
               #"<mover accent="true"><mi>x</mi><mo stretchy="false">^</mo></mover>"#),
        Golden(#"\bar{x}"#,
               #"<mover accent="true"><mi>x</mi><mo stretchy="false">¯</mo></mover>"#),
        Golden(#"\tilde{x}"#,
               #"<mover accent="true"><mi>x</mi><mo stretchy="false">~</mo></mover>"#),
        Golden(#"\dot{x}"#,
               #"<mover accent="true"><mi>x</mi><mo stretchy="false">˙</mo></mover>"#),
        Golden(#"\ddot{x}"#,
               #"<mover accent="true"><mi>x</mi><mo stretchy="false">¨</mo></mover>"#),
        Golden(#"\vec{v}"#,
               #"<mover accent="true"><mi>v</mi><mo stretchy="false">→</mo></mover>"#),
        Golden(#"\widehat{xy}"#,
               #"<mover accent="true"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy="true">^</mo></mover>"#),
        Golden(#"\widetilde{xy}"#,
               #"<mover accent="true"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy="true">~</mo></mover>"#),
        Golden(#"\overline{AB}"#,
               #"<mover accent="true"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy="true">‾</mo></mover>"#),
        Golden(#"\underline{x}"#,
               #"<munder accentunder="true"><mi>x</mi><mo stretchy="true">‾</mo></munder>"#),
        Golden(#"\underbrace{a+b}_{n}"#,
               #"<munder><munder><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy="true">⏟</mo></munder><mi>n</mi></munder>"#),
        Golden(#"\overbrace{c}^{k}"#,
               #"<mover><mover><mi>c</mi><mo stretchy="true">⏞</mo></mover><mi>k</mi></mover>"#),
    ]

    @Test("Accents and braces", arguments: accentsCases)
    func accents(_ golden: Golden) {
        #expect(mathML(golden.tex, display: golden.display) == golden.expected)
        #expect(convert(golden.tex, display: golden.display).errors.isEmpty)
    }

    static let spacingCases: [Golden] = [
        Golden(#"a\,b"#,
               #"<mrow><mi>a</mi><mspace width="0.1667em"></mspace><mi>b</mi></mrow>"#),
        Golden(#"a\;b"#,
               #"<mrow><mi>a</mi><mspace width="0.2778em"></mspace><mi>b</mi></mrow>"#),
        Golden(#"a\:b"#,
               #"<mrow><mi>a</mi><mspace width="0.2222em"></mspace><mi>b</mi></mrow>"#),
        Golden(#"a\!b"#,
               #"<mrow><mi>a</mi><mspace width="-0.1667em"></mspace><mi>b</mi></mrow>"#),
        Golden(#"a\quad b"#,
               #"<mrow><mi>a</mi><mspace width="1em"></mspace><mi>b</mi></mrow>"#),
        Golden(#"a\qquad b"#,
               #"<mrow><mi>a</mi><mspace width="2em"></mspace><mi>b</mi></mrow>"#),
        Golden(#"a\ b"#,
               #"<mrow><mi>a</mi><mspace width="0.3333em"></mspace><mi>b</mi></mrow>"#),
        Golden(#"a~b"#,
               #"<mrow><mi>a</mi><mspace width="0.3333em"></mspace><mi>b</mi></mrow>"#),
        Golden(#"a\hspace{2pt}b"#,
               #"<mrow><mi>a</mi><mspace width="2pt"></mspace><mi>b</mi></mrow>"#),
        Golden(#"a\mkern3mu b"#,
               #"<mrow><mi>a</mi><mspace width="0.1667em"></mspace><mi>b</mi></mrow>"#),
    ]

    @Test("Spacing commands", arguments: spacingCases)
    func spacing(_ golden: Golden) {
        #expect(mathML(golden.tex, display: golden.display) == golden.expected)
        #expect(convert(golden.tex, display: golden.display).errors.isEmpty)
    }

    static let symbolsCases: [Golden] = [
        Golden(#"a \implies b"#,
               #"<mrow><mi>a</mi><mo lspace="0.5556em" rspace="0.5556em">⟹</mo><mi>b</mi></mrow>"#),
        Golden(#"a \iff b"#,
               #"<mrow><mi>a</mi><mo lspace="0.5556em" rspace="0.5556em">⟺</mo><mi>b</mi></mrow>"#),
        Golden(#"f \colon A \to B"#,
               #"<mrow><mi>f</mi><mo lspace="0em" rspace="0.1667em">:</mo><mi>A</mi><mo>→</mo><mi>B</mi></mrow>"#),
        Golden(#"x \mapsto y"#,
               #"<mrow><mi>x</mi><mo>↦</mo><mi>y</mi></mrow>"#),
        Golden(#"\cdots \ldots \vdots \ddots"#,
               #"<mrow><mo>⋯</mo><mo>…</mo><mi>⋮</mi><mo>⋱</mo></mrow>"#),
        Golden(#"\nabla \partial \infty"#,
               #"<mrow><mi mathvariant="normal">∇</mi><mi mathvariant="normal">∂</mi><mi>∞</mi></mrow>"#),
        Golden(#"a \le b \neq c"#,
               #"<mrow><mi>a</mi><mo>≤</mo><mi>b</mi><mo>≠</mo><mi>c</mi></mrow>"#),
        Golden(#"x \in A \notin B"#,
               #"<mrow><mi>x</mi><mo>∈</mo><mi>A</mi><mo>∉</mo><mi>B</mi></mrow>"#),
        Golden(#"\forall x \exists y"#,
               #"<mrow><mi>∀</mi><mi>x</mi><mi>∃</mi><mi>y</mi></mrow>"#),
        Golden(#"a \cdot b \times c"#,
               #"<mrow><mi>a</mi><mo>⋅</mo><mi>b</mi><mo>×</mo><mi>c</mi></mrow>"#),
        Golden(#"\top \mid a \circ b"#,
               #"<mrow><mi>⊤</mi><mo>∣</mo><mi>a</mi><mo>∘</mo><mi>b</mi></mrow>"#),
        Golden(#"\not= \not\subset"#,
               #"<mrow><mo>≠</mo><mo>⊄</mo></mrow>"#),
        Golden(#"\Gamma \varGamma"#,
               #"<mrow><mi mathvariant="normal">Γ</mi><mi>Γ</mi></mrow>"#),
        Golden(#"\epsilon \varepsilon \phi \varphi"#,
               #"<mrow><mi>ϵ</mi><mi>ε</mi><mi>ϕ</mi><mi>φ</mi></mrow>"#),
        Golden(#"≤ α"#,
               #"<mrow><mo>≤</mo><mi>α</mi></mrow>"#),
    ]

    @Test("Symbols and relations", arguments: symbolsCases)
    func symbols(_ golden: Golden) {
        #expect(mathML(golden.tex, display: golden.display) == golden.expected)
        #expect(convert(golden.tex, display: golden.display).errors.isEmpty)
    }

    static let textCases: [Golden] = [
        Golden(#"\text{for all } x"#,
               #"<mrow><mtext>for all\#u{A0}</mtext><mi>x</mi></mrow>"#),
        Golden(#"\text{if $x>0$}"#,
               #"<mrow><mtext>if\#u{A0}</mtext><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mrow>"#),
        Golden(#"\textbf{b}"#,
               #"<mtext style="font-weight:bold">b</mtext>"#),
        Golden(#"\text{a--b}"#,
               #"<mtext>a–b</mtext>"#),
    ]

    @Test("Text in math", arguments: textCases)
    func text(_ golden: Golden) {
        #expect(mathML(golden.tex, display: golden.display) == golden.expected)
        #expect(convert(golden.tex, display: golden.display).errors.isEmpty)
    }

    static let environmentsCases: [Golden] = [
        Golden(#"\begin{align*} a &= b \\[10pt] &= c \end{align*}"#, display: true,
               #"<mtable displaystyle="true"><mtr><mtd style="text-align:right;padding-left:0;padding-right:0;padding-bottom:calc(0.5ex + 10pt)"><mi>a</mi></mtd><mtd style="text-align:left;padding-left:0;padding-right:0;padding-bottom:calc(0.5ex + 10pt)"><mi></mi><mo>=</mo><mi>b</mi></mtd></mtr><mtr><mtd style="text-align:right;padding-left:0;padding-right:0"></mtd><mtd style="text-align:left;padding-left:0;padding-right:0"><mi></mi><mo>=</mo><mi>c</mi></mtd></mtr></mtable>"#),
        Golden(#"\begin{aligned} x &= 1 & y &= 2 \end{aligned}"#, display: true,
               #"<mtable displaystyle="true"><mtr><mtd style="text-align:right;padding-left:0;padding-right:0"><mi>x</mi></mtd><mtd style="text-align:left;padding-left:0;padding-right:0"><mi></mi><mo>=</mo><mn>1</mn></mtd><mtd style="text-align:right;padding-left:2em;padding-right:0"><mi>y</mi></mtd><mtd style="text-align:left;padding-left:0;padding-right:0"><mi></mi><mo>=</mo><mn>2</mn></mtd></mtr></mtable>"#),
        Golden(#"\begin{pmatrix} a & b \\ c & d \end{pmatrix}"#,
               #"<mrow><mo form="prefix" fence="true" stretchy="true">(</mo><mtable><mtr><mtd style="padding-left:0;padding-right:0.5em"><mi>a</mi></mtd><mtd style="padding-left:0.5em;padding-right:0"><mi>b</mi></mtd></mtr><mtr><mtd style="padding-left:0;padding-right:0.5em"><mi>c</mi></mtd><mtd style="padding-left:0.5em;padding-right:0"><mi>d</mi></mtd></mtr></mtable><mo form="postfix" fence="true" stretchy="true">)</mo></mrow>"#),
        Golden(#"\begin{bmatrix} 1 \end{bmatrix}"#,
               #"<mrow><mo form="prefix" fence="true" stretchy="true">[</mo><mtable><mtr><mtd style="padding-left:0;padding-right:0"><mn>1</mn></mtd></mtr></mtable><mo form="postfix" fence="true" stretchy="true">]</mo></mrow>"#),
        Golden(#"\begin{Vmatrix} x \end{Vmatrix}"#,
               #"<mrow><mo form="prefix" fence="true" stretchy="true">‖</mo><mtable><mtr><mtd style="padding-left:0;padding-right:0"><mi>x</mi></mtd></mtr></mtable><mo form="postfix" fence="true" stretchy="true">‖</mo></mrow>"#),
        Golden(#"\begin{cases} 1 & x > 0 \\ 0 & \text{else} \end{cases}"#,
               #"<mrow><mo form="prefix" fence="true" stretchy="true">{</mo><mtable><mtr><mtd style="text-align:left;padding-left:0;padding-right:0.5em"><mn>1</mn></mtd><mtd style="text-align:left;padding-left:0.5em;padding-right:0"><mi>x</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd style="text-align:left;padding-left:0;padding-right:0.5em"><mn>0</mn></mtd><mtd style="text-align:left;padding-left:0.5em;padding-right:0"><mtext>else</mtext></mtd></mtr></mtable></mrow>"#),
        Golden(#"\begin{array}{l|r} a & b \\ \hline c & d \end{array}"#,
               #"<mtable><mtr><mtd style="text-align:left;padding-left:0;padding-right:0.5em;border-right:0.06em solid"><mi>a</mi></mtd><mtd style="text-align:right;padding-left:0.5em;padding-right:0"><mi>b</mi></mtd></mtr><mtr><mtd style="text-align:left;padding-left:0;padding-right:0.5em;border-top:0.06em solid;border-right:0.06em solid"><mi>c</mi></mtd><mtd style="text-align:right;padding-left:0.5em;padding-right:0;border-top:0.06em solid"><mi>d</mi></mtd></mtr></mtable>"#),
        Golden(#"\begin{gather*} a \\ b \end{gather*}"#, display: true,
               #"<mtable displaystyle="true"><mtr><mtd style="padding-left:0;padding-right:0"><mi>a</mi></mtd></mtr><mtr><mtd style="padding-left:0;padding-right:0"><mi>b</mi></mtd></mtr></mtable>"#),
        Golden(#"\begin{equation*} a \end{equation*}"#, display: true,
               #"<mi>a</mi>"#),
        Golden(#"a \\ b"#, display: true,
               #"<mtable displaystyle="true"><mtr><mtd style="padding-left:0;padding-right:0"><mi>a</mi></mtd></mtr><mtr><mtd style="padding-left:0;padding-right:0"><mi>b</mi></mtd></mtr></mtable>"#),
    ]

    @Test("Environments and rows", arguments: environmentsCases)
    func environments(_ golden: Golden) {
        #expect(mathML(golden.tex, display: golden.display) == golden.expected)
        #expect(convert(golden.tex, display: golden.display).errors.isEmpty)
    }
}
