/// The report's stylesheet, inline so the file stands alone. Underline layers: each claim
/// covering a run draws its own line in its status colour, the innermost nearest the text.
enum HTMLStyle {
    static let css = """
        :root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1f2328}
        body{margin:0;background:#f6f8fa;line-height:1.5}
        main{max-width:1100px;margin:0 auto;padding:0 24px 48px}
        header.top{background:#24292f;color:#fff;padding:16px 24px}
        header.top h1{margin:0;font-size:1.5rem}header.top p{margin:4px 0}
        header.top nav a{color:#c9d1d9;margin-right:12px}
        section{background:#fff;border:1px solid #d0d7de;border-radius:8px;margin:24px 0;padding:8px 24px 24px}
        h2{border-bottom:1px solid #d8dee4;padding-bottom:6px}
        code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
        .muted{color:#656d76}.problem{color:#9a3412;background:#fff7ed;border-left:3px solid #ea580c;padding:4px 8px}
        .counts{display:flex;gap:32px;flex-wrap:wrap}
        .counts table{border-collapse:collapse;min-width:220px}.counts caption{text-align:left;font-weight:600;padding-bottom:4px}
        .counts td{padding:3px 8px;border-bottom:1px solid #eaeef2}td.n{text-align:right;font-variant-numeric:tabular-nums}
        table.list{border-collapse:collapse;width:100%;font-size:.92rem}
        table.list th,table.list td{text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid #eaeef2}
        .badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:.8rem;color:#fff;background:var(--c);white-space:nowrap}
        .kind,.stance{font-size:.8rem;color:#57606a;border:1px solid #d0d7de;border-radius:10px;padding:0 6px}
        .pair{display:grid;grid-template-columns:1fr 40px 1fr;gap:8px;margin:12px 0;align-items:stretch}
        .pair .side{border:1px solid #d0d7de;border-top:4px solid var(--c);border-radius:6px;padding:4px 12px}
        .pair .versus{display:flex;align-items:center;justify-content:center;font-size:1.8rem;color:#c62828}
        .pair .reason{grid-column:1 / 4;margin:0;color:#656d76;font-size:.85rem}
        svg.chart{max-width:100%;height:auto;font-size:13px}svg.chart text{fill:#1f2328}svg.chart text.legend{font-size:12px}
        svg.chart text.n{fill:#57606a}
        .text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Noto Serif",serif;font-size:1.05rem;line-height:2.3;
          background:#fffdf8;border:1px solid #eaeef2;border-radius:6px;padding:12px 20px}
        a.hl{color:inherit;text-decoration:none}a.hl:hover{outline:1px solid #8c959f}
        .u{border-bottom:2px solid var(--c)}
        .l0{padding-bottom:1px}.l1{padding-bottom:5px}.l2{padding-bottom:9px}.l3{padding-bottom:13px}.l4{padding-bottom:17px}
        a.ref{font-family:system-ui,sans-serif;font-size:.65rem;vertical-align:super;line-height:1;color:#fff;background:var(--c);
          border-radius:6px;padding:0 3px;margin-left:1px;text-decoration:none}
        .card{border:1px solid #d0d7de;border-left:5px solid var(--c);border-radius:6px;padding:8px 16px;margin:12px 0}
        .card:target{box-shadow:0 0 0 3px #54aeff66}
        .card header{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
        .card .number{font-weight:600;color:#57606a}.card .summary{font-weight:600;margin:6px 0}
        blockquote{margin:6px 0;padding:2px 12px;border-left:3px solid #d0d7de;color:#424a53;font-family:Georgia,"Noto Serif",serif}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0}dt{color:#57606a}dd{margin:0}
        .withheld{font-style:italic;color:#656d76}
        .review{border-top:1px dashed #d0d7de;padding-top:4px}.review p{margin:4px 0}
        .evidence{margin:4px 0;padding-left:20px}.note{color:#1f2328}.note p{margin:4px 0}
        @media print{body{background:#fff}section{border:none}a.ref{color:#000}}
        """
}
