/// The page `nb preview` serves: the report, byte for byte as `nb render` writes it, with
/// one small script added before `</body>` that keeps it live (docs/ARCHITECTURE.md, "Preview").
///
/// The script listens on the `/live` WebSocket. The server sends JSON events:
/// `{"kind":"running","cell":3,"of":19}` while cells run (a small indicator shows it; the
/// previous result stays on screen), `{"kind":"reload","version":7}` when a new page is
/// ready (the page reloads itself, keeping its scroll position), and
/// `{"kind":"failed","message":"…"}` when the notebook could not be rendered (shown in a
/// banner above the last good page). Reports written by `nb render` never contain it.
enum LivePage {
    /// The report with the live script, for page `version`.
    static func html(report: String, version: Int) -> String {
        let script = "<script>\(script(version: version))</script>\n"
        guard let end = report.range(of: "</body>", options: .backwards) else { return report + script }
        return report.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: script)
    }

    static func script(version: Int) -> String {
        """
        (function () {
          var version = \(version);
          var key = "nb-preview-scroll:" + location.pathname;
          var saved = sessionStorage.getItem(key);
          if (saved !== null) { sessionStorage.removeItem(key); window.scrollTo(0, Number(saved)); }
          var badge = document.createElement("div");
          badge.id = "nb-preview-status";
          badge.setAttribute("role", "status");
          badge.style.cssText = "position:fixed;right:1em;bottom:1em;padding:.3em .7em;border-radius:.4em;" +
            "font:13px system-ui,sans-serif;background:#333;color:#fff;opacity:.85;display:none;z-index:9999;" +
            "max-width:40em;white-space:pre-wrap";
          document.body.appendChild(badge);
          function show(text, failed) {
            badge.textContent = text;
            badge.style.background = failed ? "#b00020" : "#333";
            badge.style.display = text ? "block" : "none";
          }
          function connect() {
            var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/live");
            socket.onmessage = function (event) {
              var message = JSON.parse(event.data);
              if (message.kind === "reload" && message.version !== version) {
                sessionStorage.setItem(key, String(window.scrollY));
                location.reload();
              } else if (message.kind === "running") {
                show("running cell " + message.cell + " of " + message.of, false);
              } else if (message.kind === "failed") {
                show(message.message, true);
              } else if (message.kind === "idle") {
                show("", false);
              }
            };
            socket.onclose = function () { setTimeout(connect, 300); };
          }
          connect();
        })();
        """
    }
}
