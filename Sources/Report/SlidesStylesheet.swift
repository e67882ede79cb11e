/// The deck's CSS, after the report's (docs/ARCHITECTURE.md, "Slides and PDF").
///
/// A slide is a 1280×720 box (16:9) with type sized for a room. Without script the slides
/// stand one under another, each as wide as the window allows. With script (`html.js`), one
/// slide shows, centred and scaled to the window by `--deck-scale`; fragments after a pause are
/// hidden (but keep their place, so a slide does not jump as it builds). Printing gives one
/// slide per 1280×720 page, every fragment shown. A slide does not scroll, so a display
/// formula too wide for it is broken or scaled as in print (`Stylesheet.wideMath`).
enum SlidesStylesheet {
    static let css = """
    html.deck body { padding: 0; margin: 0; }
    main.slides { margin: 0 auto; }
    section.slide { position: relative; box-sizing: border-box; width: 1280px; max-width: 100%; min-height: 720px;
      margin: 1.5rem auto; padding: 44px 72px 56px; border: 1px solid var(--rule); border-radius: 4px;
      background: var(--background); font-size: 28px; line-height: 1.4; overflow: hidden; }
    section.slide .slide-content { width: 100%; transform-origin: top center; }
    section.slide h1, section.slide h2 { margin: 0 0 0.6em; }
    section.slide h2 { font-size: 1.5em; border-bottom: 2px solid var(--rule); padding-bottom: 0.2em; }
    section.slide h3 { font-size: 1.15em; margin: 0.8em 0 0.4em; }
    section.slide .anchor { display: none; }
    section.slide p, section.slide li { hyphens: manual; }
    section.slide pre { font-size: 0.72em; white-space: pre-wrap; overflow-wrap: anywhere; }
    section.slide .cell { margin: 0.6em 0; }
    section.slide figure { margin: 0.5em 0; }
    section.slide figure svg { max-height: 470px; width: auto; max-width: 100%; }
    section.slide .math-display { overflow: visible; }
    \(Stylesheet.wideMath)
    section.title-slide .slide-content, section.section-slide:not(.with-content) .slide-content { display: flex; flex-direction: column;
      justify-content: center; min-height: 620px; }
    section.title-slide .title-block { margin: 0; }
    section.title-slide .abstract { display: none; }
    section.title-slide .title-block .title { font-size: 2.2em; }
    section.title-slide .title-block .subtitle { font-size: 1.2em; }
    section.slide h1 { font-size: 1.8em; }
    section.section-slide:not(.with-content) .slide-content > :first-child { font-size: 2.2em; text-align: center;
      border: none; }
    .slide-number { position: absolute; right: 28px; bottom: 14px; margin: 0; font-size: 16px; color: var(--muted); }
    .notes { display: none; }
    html.js, html.js body { height: 100%; overflow: hidden; background: #101014; }
    html.js main.slides { position: relative; width: 100%; height: 100%; }
    html.js section.slide { display: none; position: absolute; left: 50%; top: 50%; margin: 0; width: 1280px; max-width: none;
      height: 720px; border: none; border-radius: 0; transform: translate(-50%, -50%) scale(var(--deck-scale, 1)); }
    html.js section.slide.current { display: block; }
    html.js.presenter section.slide { top: 0; transform: translate(-50%, 0) scale(var(--deck-scale, 1)); transform-origin: top center; }
    .presenter-notes { position: fixed; left: 0; right: 0; bottom: 0; height: 35%; box-sizing: border-box; overflow: auto;
      padding: 0.8rem 1.5rem; background: #1c1c1e; color: #e6e6e6; border-top: 2px solid #555; font-size: 1.1rem; }
    html.js .fragment { visibility: hidden; }
    html.js .fragment.visible { visibility: visible; }
    @media print {
      html.js, html.js body { height: auto; overflow: visible; background: none; }
      section.slide, html.js section.slide { display: block; position: relative; left: 0; top: 0; transform: none;
        width: 1280px; height: 720px; margin: 0; border: none; break-after: page; break-inside: avoid; font-size: 28px; }
      html.js .fragment { visibility: visible; }
      .presenter-notes { display: none; }
      section.slide pre { font-size: 0.72em; }
    }

    """
}
