/// The report's CSS, inlined in every report (no external files).
///
/// Typography: a ~70-character measure, a serif stack for prose that sits
/// well with Latin Modern math, the math font stack `"Latin Modern Math",
/// "STIX Two Math", "Cambria Math", math`, left/right alignment for the
/// MathML tables of `align`. Colours are CSS variables with a dark scheme.
/// The print stylesheet makes a handout (docs/ARCHITECTURE.md, "Slides and PDF"): no
/// backgrounds, no hover links, long code and output lines wrapped, figures and display math
/// kept whole (a long cell may break, so no page is left half empty), a level-1 section on a
/// new page, external link targets printed after the link text. Narrow screens wrap code too.
/// A display formula too wide for the text block is broken or scaled to fit (``wideMath``).
enum Stylesheet {
    static let css = """
    :root {
      --text: #1d1d1f; --muted: #5f6368; --background: #fffffe; --rule: #d9d9de;
      --code-background: #f6f6f8; --accent: #1a5fb4;
      --pass: #1b7f3b; --fail: #c01c28; --expected: #9a6700;
      --fail-background: #fdf0f0; --expected-background: #fff8e5;
      --hl-keyword: #9b2393; --hl-type: #0b4f79; --hl-number: #1c00cf; --hl-string: #c41a16;
      --hl-comment: #5d6c79; --hl-attribute: #815f03; --hl-label: #3900a0;
      color-scheme: light dark;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --text: #e6e6e6; --muted: #a0a4a8; --background: #1c1c1e; --rule: #3a3a3c;
        --code-background: #26262a; --accent: #78aeed;
        --pass: #57e389; --fail: #ff7b72; --expected: #e5c07b;
        --fail-background: #3b1e1e; --expected-background: #3a3220;
        --hl-keyword: #ff7ab2; --hl-type: #6bdfff; --hl-number: #d9c97c; --hl-string: #ff8170;
        --hl-comment: #7f8c98; --hl-attribute: #cc9768; --hl-label: #b281eb;
      }
    }
    html { background: var(--background); color: var(--text); }
    body {
      margin: 0; padding: 2rem 1.25rem 4rem;
      font-family: "Latin Modern Roman", "STIX Two Text", "Iowan Old Style", Charter, "Bitstream Charter",
        "Palatino Linotype", Palatino, Cambria, Georgia, "DejaVu Serif", serif;
      font-size: 1.125rem; line-height: 1.55;
      font-kerning: normal; font-variant-ligatures: common-ligatures;
      text-rendering: optimizeLegibility; -webkit-text-size-adjust: 100%;
    }
    main.notebook { max-width: 70ch; margin: 0 auto; }
    p, li { hyphens: auto; overflow-wrap: break-word; }
    h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 2em 0 0.6em; font-weight: 600; }
    h1 { font-size: 1.9rem; } h2 { font-size: 1.45rem; } h3 { font-size: 1.2rem; } h4, h5, h6 { font-size: 1rem; }
    a { color: var(--accent); text-decoration-thickness: 0.08em; text-underline-offset: 0.15em; }
    .anchor { margin-left: 0.4em; text-decoration: none; color: var(--muted); opacity: 0; font-weight: 400; }
    h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, h5:hover .anchor, h6:hover .anchor,
    .anchor:focus { opacity: 1; }
    hr { border: none; border-top: 1px solid var(--rule); margin: 2.5em 0; }
    blockquote { margin: 1em 0; padding: 0 1em; border-left: 3px solid var(--rule); color: var(--muted); }
    img { max-width: 100%; }
    .title-block { margin: 1rem 0 2.5rem; text-align: center; }
    .title-block .title { font-size: 2.3rem; margin: 0 0 0.3em; }
    .title-block .subtitle { font-size: 1.3rem; margin: 0 0 0.8em; color: var(--muted); }
    .title-block .authors, .title-block .date { margin: 0.2em 0; }
    .abstract { text-align: left; margin: 2em auto 0; max-width: 60ch; font-size: 0.95em; }
    .abstract-title { font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.08em; text-align: center;
      margin: 0 0 0.5em; color: var(--muted); }
    .toc { margin: 2rem 0; padding: 1rem 1.25rem; border: 1px solid var(--rule); border-radius: 6px; }
    .toc h2 { font-size: 1rem; margin: 0 0 0.5em; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); }
    .toc ol { list-style: none; padding-left: 1.1em; margin: 0; }
    .toc > ol { padding-left: 0; }
    .toc a { text-decoration: none; }
    .toc a:hover { text-decoration: underline; }
    math { font-family: "Latin Modern Math", "STIX Two Math", "Cambria Math", "Libertinus Math",
      "TeX Gyre Pagella Math", "DejaVu Math TeX Gyre", math; font-size: 1.05em; }
    math[display="block"] { display: block math; margin: 0; }
    .math-display { margin: 1em 0; overflow-x: auto; overflow-y: hidden; padding: 0.1em 0; }
    .math-lines { display: none; }
    mtable { math-style: normal; }
    mtd { padding: 0.25em 0.1em; }
    mtable.matrix mtd { padding: 0.15em 0.5em; text-align: right; text-align: -webkit-right; }
    code, pre { font-family: ui-monospace, "SF Mono", "JetBrains Mono", "Cascadia Code", "DejaVu Sans Mono",
      Menlo, Consolas, monospace; font-size: 0.84em; }
    :not(pre) > code { background: var(--code-background); padding: 0.1em 0.3em; border-radius: 3px; }
    pre { line-height: 1.45; overflow-x: auto; padding: 0.8em 1em; margin: 0; white-space: pre; tab-size: 4; }
    pre code { font-size: 1em; }
    .code-block { background: var(--code-background); border-radius: 6px; margin: 1em 0; }
    .cell { margin: 1.5em 0; }
    .cell-code { background: var(--code-background); border-left: 3px solid var(--accent); border-radius: 0 6px 6px 0; }
    .cell-output, .cell-value { border-left: 3px solid var(--rule); margin-top: 0.4em; }
    .cell-output, pre.cell-value { color: var(--text); }
    .matrix-math { padding: 0.2em 1em; overflow-x: auto; }
    .matrix-table { padding: 0.5em 1em; overflow-x: auto; }
    .matrix-table table { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 0.9em; }
    .matrix-table caption { text-align: left; color: var(--muted); font-size: 0.9em; padding-bottom: 0.3em; }
    .matrix-table td { padding: 0.1em 0.6em; text-align: right; }
    .matrix-table td.ellipsis { text-align: center; color: var(--muted); }
    .cell-status { color: var(--muted); font-size: 0.85em; font-style: italic; margin: 0.3em 0 0; }
    .hl-keyword { color: var(--hl-keyword); } .hl-type { color: var(--hl-type); }
    .hl-number { color: var(--hl-number); } .hl-string { color: var(--hl-string); }
    .hl-comment { color: var(--hl-comment); font-style: italic; } .hl-attribute { color: var(--hl-attribute); }
    .hl-label { color: var(--hl-label); }
    figure { margin: 1.5em 0; text-align: center; }
    figure svg { max-width: 100%; height: auto; }
    figcaption { font-size: 0.95em; color: var(--muted); margin-top: 0.5em; }
    .figure-number { font-weight: 600; color: var(--text); }
    .checks { list-style: none; padding: 0; margin: 0.5em 0; }
    .check { padding: 0.1em 0; }
    .check-mark { font-weight: 700; display: inline-block; width: 1.2em; }
    .check.passed .check-mark { color: var(--pass); }
    .check.failed, .check.failed .check-mark { color: var(--fail); }
    .check-location { color: var(--muted); font-size: 0.8em; margin-left: 0.6em; }
    .error-box { border-left: 3px solid var(--fail); background: var(--fail-background); margin: 0.5em 0;
      padding: 0.5em 1em; border-radius: 0 6px 6px 0; }
    .error-box.expected { border-left-color: var(--expected); background: var(--expected-background); }
    .error-message { margin: 0 0 0.3em; }
    .error-location { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85em; color: var(--muted); }
    .error-source { padding: 0.3em 0; background: none; }
    .caret { color: var(--fail); font-weight: 700; }
    .run-summary { margin: 1.5rem 0; padding: 0.75rem 1.25rem; border-radius: 6px; border: 1px solid var(--rule); }
    .run-summary p { margin: 0.2em 0; }
    .run-summary.all-passed { border-color: var(--pass); }
    .run-summary.has-failures { border-color: var(--fail); }
    .run-summary ul { list-style: none; padding-left: 0; margin: 0.3em 0; }
    .run-summary a, .run-summary .check-mark { color: var(--fail); }
    .failures-title, .data-files-title { font-weight: 600; }
    .data-files code { font-size: 0.85em; overflow-wrap: anywhere; }
    .data-files .data-size, .data-files .data-hash { color: var(--muted); margin-left: 0.5em; }
    .data-files .data-hash { display: block; margin-left: 1em; }
    .run-summary .data-files a { color: var(--muted); }
    @media (max-width: 40rem) {
      pre { white-space: pre-wrap; overflow-wrap: anywhere; overflow-x: visible; }
    }
    .math-display.numbered { display: flex; align-items: center; gap: 1em; }
    .math-display.numbered > math { flex: 1; }
    .equation-number { flex: none; }
    .callout { margin: 1.5em 0; padding: 0.6em 1em; border: 1px solid var(--rule); border-left: 5px solid var(--callout);
      border-radius: 4px; --callout: var(--accent); }
    .callout-tip { --callout: var(--pass); } .callout-warning { --callout: var(--expected); }
    .callout-important { --callout: var(--fail); }
    .callout > :last-child { margin-bottom: 0; }
    .callout-title { margin: 0 0 0.4em; font-weight: 600; color: var(--callout); }
    .theorem { margin: 1.2em 0; }
    .theorem-statement > p, .lemma > p, .corollary > p, .proposition > p { font-style: italic; }
    .theorem-title { font-style: normal; }
    .proof { margin: 1em 0; }
    .qed { float: right; margin-left: 1em; }
    .qed-line { text-align: right; margin-top: 0; }
    .math-nowrap { white-space: nowrap; }
    .code-fold > summary { cursor: pointer; color: var(--muted); font-size: 0.9em; }
    .xref.unknown, .citation.unknown { color: var(--fail); font-weight: 600; white-space: nowrap; }
    .reference-list { list-style: none; padding-left: 1.5em; text-indent: -1.5em; }
    .reference-list li { margin: 0.4em 0; overflow-wrap: anywhere; }
    @media print {
      :root { --text: #000; --muted: #444; --background: #fff; --code-background: #fff; --accent: #000;
        --fail-background: #fff; --expected-background: #fff; }
      @page { margin: 2cm 2.2cm; }
      html, body { background: none; }
      body { font-size: 10.5pt; padding: 0; line-height: 1.45; }
      main.notebook { max-width: none; }
      * { background: none !important; box-shadow: none !important; }
      .anchor { display: none; }
      a { color: inherit; }
      main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: var(--muted);
        overflow-wrap: anywhere; }
      .toc a::after, main .reference-list a[href]::after { content: none; }
      h1, h2, h3, h4, h5, h6 { break-after: avoid; }
      main.notebook > h1:not(.title) { break-before: page; margin-top: 0; }
      figure, .math-display, .error-box, .matrix-table { break-inside: avoid; }
      figcaption { break-before: avoid; }
      .cell-code + .cell-output, .cell-code + .cell-value { break-before: avoid; }
      .callout, .theorem { break-inside: avoid; }
      p { orphans: 3; widows: 3; }
      pre { white-space: pre-wrap; overflow-wrap: anywhere; overflow: visible; border-color: #888; orphans: 4; widows: 4; }
      .cell-code { border-left: 2px solid #888; }
      .math-display, .matrix-math, .matrix-table { overflow: visible; }
    \(wideMath)
    }

    """

    /// Where a wide display formula meets a page that does not scroll (print, and every slide):
    /// `DocumentRenderer.displayMath` marks it `wide` with the width it needs (`--math-width`,
    /// em of the math, estimated from the font), and its font size becomes at most what makes
    /// that width the text block's (`100cqi`, less room for an equation number). A formula
    /// with top-level relations shows its broken copy (`math-lines`) instead: the first piece,
    /// then the others wrapping like words under the first relation (or, in `hanging`, under
    /// the first line, indented); the copy is scaled only if one line of it is still too wide.
    static let wideMath = """
      .math-display.wide { container-type: inline-size; }
      .math-display.wide > math { font-size: min(1.05em, 100cqi / var(--math-width)); }
      .math-display.wide.numbered > math { font-size: min(1.05em, (100cqi - 4em) / var(--math-width)); }
      .math-display.breakable > math { display: none; }
      .math-display.breakable > .math-lines { display: flex; justify-content: center; align-items: baseline;
        font-size: min(1em, 100cqi / 1.05 / var(--math-width)); }
      .math-display.breakable.numbered > .math-lines { flex: 1;
        font-size: min(1em, (100cqi - 4em) / 1.05 / var(--math-width)); }
      .math-lines > .math-rest { min-width: 0; text-align: left; }
      .math-lines math { margin-block: 0.25em; }
      .math-display.breakable > .math-lines.hanging { display: block; width: fit-content; margin: 0 auto;
        padding-left: 2em; text-indent: -2em; }
    """
}
