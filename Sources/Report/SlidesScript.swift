/// The deck's only script, inline (docs/ARCHITECTURE.md, "Slides and PDF"): nothing in it
/// comes from the notebook. It shows one slide at a time, scaled to the window; steps through
/// pauses; keeps `#/n` in the URL; and shrinks a slide whose content is taller than the frame
/// (recording the factor as `data-fit` on the slide, which `nb render` reads back to warn).
///
/// Keys: → ↓ Space PageDown: next step or slide; ← ↑ PageUp: back; Home, End: first, last;
/// `s`: the presenter's view (the slide above, its speaker notes below; `s` again hides them).
enum SlidesScript {
    static let source = #"""
    (function () {
      "use strict";
      var root = document.documentElement;
      root.classList.add("js");
      var slides = Array.prototype.slice.call(document.querySelectorAll("section.slide"));
      if (!slides.length) return;
      var current = 0, step = 0;
      var WIDTH = 1280, HEIGHT = 720;
      function fragments(i) { return slides[i].querySelectorAll(".fragment"); }
      function steps(i) { return fragments(i).length; }
      var presenter = null;
      function scaleToWindow() {
        var height = presenter ? window.innerHeight * 0.65 : window.innerHeight;
        var scale = Math.min(window.innerWidth / WIDTH, height / HEIGHT);
        root.style.setProperty("--deck-scale", String(scale));
      }
      // Content taller than the frame is scaled down (as reveal.js does), measured with every
      // fragment laid out: the slide's size does not change as it builds.
      function fit(slide) {
        var content = slide.querySelector(".slide-content");
        var wasCurrent = slide.classList.contains("current");
        slide.classList.add("current");
        content.style.transform = ""; content.style.width = "";
        var style = getComputedStyle(slide);
        var available = HEIGHT - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        var factor = 1;
        if (content.scrollHeight > available) {
          // Scaled by f, a box 1/f as wide looks as wide as the frame: find the largest f whose
          // reflowed content, scaled by f, still fits the height (bisection; lo always fits).
          var lo = available / content.scrollHeight, hi = 1;
          for (var k = 0; k < 8; k++) {
            var mid = (lo + hi) / 2;
            content.style.width = (100 / mid) + "%";
            if (content.scrollHeight * mid <= available) lo = mid; else hi = mid;
          }
          factor = lo;
          content.style.width = (100 / factor) + "%";
          content.style.transform = "scale(" + factor + ")";
          content.style.transformOrigin = "top left";
        }
        slide.setAttribute("data-fit", factor.toFixed(3));
        if (!wasCurrent) slide.classList.remove("current");
      }
      function show(i, s) {
        current = Math.max(0, Math.min(slides.length - 1, i));
        step = Math.max(0, Math.min(steps(current), s));
        slides.forEach(function (slide, k) { slide.classList.toggle("current", k === current); });
        Array.prototype.forEach.call(fragments(current), function (fragment) {
          fragment.classList.toggle("visible", Number(fragment.getAttribute("data-step")) <= step);
        });
        if (presenter) {
          // A copy of the slide's notes (already escaped report HTML), never the notebook's text as markup.
          presenter.textContent = "";
          Array.prototype.forEach.call(slides[current].querySelectorAll(".notes"), function (notes) {
            Array.prototype.forEach.call(notes.childNodes, function (node) { presenter.appendChild(node.cloneNode(true)); });
          });
        }
        var hash = "#/" + (current + 1);
        if (location.hash !== hash) history.replaceState(null, "", hash);
      }
      function next() {
        if (step < steps(current)) show(current, step + 1);
        else if (current < slides.length - 1) show(current + 1, 0);
      }
      function previous() {
        if (step > 0) show(current, step - 1);
        else if (current > 0) show(current - 1, steps(current - 1));
      }
      function fromHash() {
        var match = /^#\/(\d+)$/.exec(location.hash);
        return match ? Number(match[1]) - 1 : 0;
      }
      document.addEventListener("keydown", function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        switch (event.key) {
          case "ArrowRight": case "ArrowDown": case " ": case "PageDown": next(); break;
          case "ArrowLeft": case "ArrowUp": case "PageUp": previous(); break;
          case "Home": show(0, 0); break;
          case "End": show(slides.length - 1, steps(slides.length - 1)); break;
          case "s": case "S":
            if (presenter) { presenter.remove(); presenter = null; root.classList.remove("presenter"); }
            else {
              presenter = document.createElement("aside");
              presenter.className = "presenter-notes";
              document.body.appendChild(presenter);
              root.classList.add("presenter");
            }
            scaleToWindow(); show(current, step); break;
          default: return;
        }
        event.preventDefault();
      });
      window.addEventListener("hashchange", function () { show(fromHash(), 0); });
      window.addEventListener("resize", scaleToWindow);
      scaleToWindow();
      slides.forEach(fit);
      show(fromHash(), 0);
      if (document.fonts && document.fonts.ready) {
        document.fonts.ready.then(function () {
          slides.forEach(fit);
          root.setAttribute("data-deck-ready", "");
        });
      } else {
        root.setAttribute("data-deck-ready", "");
      }
    })();

    """#
}
