using System.Security.Cryptography;
using System.Text;

namespace Conformance.Harness.Reporting.Html;

/// <summary>The report's only stylesheet and script, inlined so the file stands alone (no external assets).</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { color-scheme: light; --ink: #24292f; --muted: #57606a; --line: #d0d7de; --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 0 auto; max-width: 1180px; padding: 16px 24px 48px; }
        h1 { font-size: 22px; margin: 8px 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 14px; margin: 14px 0 6px; }
        code, pre, .where { font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
        pre { background: #f6f8fa; border: 1px solid var(--line); border-radius: 4px; padding: 8px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; margin: 4px 0; }
        pre.error { background: #fff5f5; border-color: #f5c2c7; }
        table { border-collapse: collapse; margin: 6px 0; }
        th, td { text-align: left; padding: 3px 10px 3px 0; vertical-align: top; }
        th { color: var(--muted); font-weight: 600; }
        table.grid td, table.grid th { border-bottom: 1px solid var(--line); padding: 4px 12px 4px 4px; }
        .verdict { display: inline-block; font-weight: 700; padding: 2px 10px; border-radius: 4px; color: #fff; }
        .verdict.passed { background: var(--pass); } .verdict.failed { background: var(--fail); }
        .badge { display: inline-block; min-width: 64px; text-align: center; font-size: 12px; font-weight: 600; border-radius: 3px; padding: 0 6px; margin-right: 6px; color: #fff; background: var(--muted); }
        .badge.passed { background: var(--pass); } .badge.failed { background: var(--fail); }
        .badge.undefined, .badge.pending, .badge.ambiguous, .badge.unknown { background: var(--warn); }
        .count.failed, .count.undefined, .count.ambiguous, .count.unknown, .count.pending { color: var(--fail); font-weight: 700; }
        details.scenario { border: 1px solid var(--line); border-left: 4px solid var(--muted); border-radius: 4px; margin: 6px 0; padding: 4px 10px; }
        details.scenario.passed { border-left-color: var(--pass); } details.scenario.failed { border-left-color: var(--fail); }
        details.scenario.undefined, details.scenario.pending, details.scenario.ambiguous, details.scenario.unknown { border-left-color: var(--warn); }
        details.scenario > summary { cursor: pointer; padding: 2px 0; }
        .tags { color: var(--muted); font-size: 12px; margin-left: 6px; }
        .dur, .where { color: var(--muted); margin-left: 8px; }
        ol.steps { list-style: none; padding: 0; margin: 6px 0; }
        ol.steps > li { padding: 2px 0; }
        .mark { display: inline-block; width: 16px; font-weight: 700; }
        li.passed > .mark { color: var(--pass); } li.failed > .mark { color: var(--fail); } li.skipped { color: var(--muted); }
        li.undefined > .mark, li.pending > .mark, li.ambiguous > .mark, li.unknown > .mark { color: var(--warn); }
        .kw { font-weight: 600; } .hook { color: var(--muted); font-style: italic; }
        .step-body { margin-left: 18px; }
        .timeline-block { margin: 10px 0 16px; }
        .timeline-block svg { display: block; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
        .legend { font-size: 12px; color: var(--muted); margin: 4px 0; }
        .legend span.sw { display: inline-block; width: 12px; height: 10px; vertical-align: middle; margin: 0 3px 0 10px; border-radius: 2px; }
        td.pass { color: var(--pass); font-weight: 700; } td.fail { color: var(--fail); font-weight: 700; } td.info { color: var(--muted); }
        .problem { color: var(--fail); }
        .toolbar { margin: 10px 0; } .toolbar button { margin-right: 6px; }
        body.only-problems details.scenario.passed, body.only-problems details.scenario.skipped { display: none; }
        img.attachment { max-width: 100%; border: 1px solid var(--line); }
        footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
        """;

    /// <summary>Optional comfort only: the report reads fully without it (failed scenarios start open).</summary>
    public const string Script = """
        (function () {
          function setAll(open) { document.querySelectorAll('details.scenario').forEach(function (d) { d.open = open; }); }
          document.getElementById('expand-all').addEventListener('click', function () { setAll(true); });
          document.getElementById('collapse-all').addEventListener('click', function () { setAll(false); });
          document.getElementById('only-problems').addEventListener('change', function (e) { document.body.classList.toggle('only-problems', e.target.checked); });
        })();
        """;

    /// <summary>
    /// Defence in depth behind the escaping: nothing loads from anywhere, images only from data
    /// URIs, and the one script that runs is ours (by its SHA-256), so even a hole in the escaping
    /// could not run injected script or event handlers.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)))}'";
}
