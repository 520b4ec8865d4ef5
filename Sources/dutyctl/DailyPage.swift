import DutyProtocol

/// The daily report as a printable Chinese HTML page: A4, one table per section, the unit and the
/// day in the title, no JavaScript.
enum DailyPage {
    static func html(_ reply: DailyReportReply) -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(escape(reply.title))</title>
            <style>
            @page { size: A4; margin: 15mm; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; font-size: 10.5pt; }
            h1 { font-size: 16pt; text-align: center; }
            h2 { font-size: 12pt; margin-top: 1.2em; }
            table { border-collapse: collapse; width: 100%; page-break-inside: auto; }
            th, td { border: 1px solid #000; padding: 2pt 4pt; }
            th { background: #eee; }
            tr { page-break-inside: avoid; }
            </style>
            </head>
            <body>
            <h1>\(escape(reply.title))</h1>

            """
        for section in DailyText.sections(reply) {
            page += "<h2>\(escape(section.title))</h2>\n<table>\n<thead><tr>"
            page += section.header.map { "<th>\(escape($0))</th>" }.joined()
            page += "</tr></thead>\n<tbody>\n"
            for row in section.rows {
                page += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
            }
            page += "</tbody>\n</table>\n"
        }
        return page + "</body>\n</html>\n"
    }

    /// Text with `&`, `<`, `>` and `"` escaped.
    static func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
    }
}
