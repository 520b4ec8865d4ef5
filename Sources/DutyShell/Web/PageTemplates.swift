import Mustache

/// The Mustache templates of the field pages: one layout, plain HTML forms, no JavaScript.
///
/// Each is rendered with a `PageContext`: the page's view, and the link's base path, the
/// anti-forgery token and the notice of a change just made.
enum PageTemplates {
    /// The templates by name, parsed once.
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in [("alert", alert), ("shift", shift), ("hazard", hazard), ("board", board), ("daily", daily), ("message", message)] {
            library.register(try! MustacheTemplate(string: "{{#view}}" + head + text + foot + "{{/view}}"), named: name)
        }
        return library
    }()

    /// The page `template` of `context`, rendered from its views as dictionaries (`MustacheValues`).
    static func render(_ context: PageContext, template: String) -> String? {
        library.render(MustacheValues.of(context) ?? [:], withTemplate: template)
    }

    static let head = """
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width,initial-scale=1">
        <title>{{title}}</title>
        <style>
        body{margin:0;font:16px/1.5 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;background:#f4f5f7;color:#222}
        main{max-width:480px;margin:0 auto;padding:12px}
        h1{font-size:20px;margin:8px 0}
        .card{background:#fff;border-radius:8px;padding:12px;margin:10px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
        .tag{display:inline-block;padding:0 8px;border-radius:4px;color:#fff;font-size:14px}
        .major{background:#d32f2f}.high{background:#ef6c00}.general{background:#f9a825;color:#222}.low{background:#1565c0}.none{background:#607d8b}
        dl{margin:0}dt{color:#666;font-size:14px}dd{margin:0 0 6px 0}
        button{width:100%;font-size:18px;padding:12px;border:0;border-radius:6px;background:#1e88e5;color:#fff;margin:6px 0}
        button.second{background:#43a047}
        textarea{width:100%;box-sizing:border-box;font-size:16px;min-height:60px}
        ol{padding-left:20px;margin:0}li{margin:4px 0;font-size:14px}
        .notice{background:#e8f5e9;border-left:4px solid #43a047}.error{background:#ffebee;border-left:4px solid #d32f2f}
        .muted{color:#666;font-size:14px}.warn{color:#c62828}
        </style></head><body><main>

        """

    static let foot = """

        <p class="muted">{{footer}}</p>
        </main></body></html>

        """

    static let alert = """
        <h1>{{title}}</h1>
        {{#notice}}<div class="card notice">{{notice}}</div>{{/notice}}
        <div class="card">
        <span class="tag {{riskClass}}">{{riskText}}</span> <b>{{kindText}}</b>
        <dl>
        <dt>事项</dt><dd>{{summary}}</dd>
        <dt>单位</dt><dd>{{unitName}}</dd>
        <dt>状态</dt><dd>{{stateText}}</dd>
        <dt>级别</dt><dd>{{levelText}}</dd>
        <dt>已通知</dt><dd>{{#reached}}{{.}} {{/reached}}{{^reached}}—{{/reached}}</dd>
        <dt>发生时间</dt><dd>{{raisedAt}}</dd>
        </dl></div>
        {{#canAcknowledge}}<form method="post" action="{{base}}/acknowledge" class="card">
        <input type="hidden" name="form" value="{{form}}">
        <button type="submit">确认收到</button></form>{{/canAcknowledge}}
        {{#canResolve}}<form method="post" action="{{base}}/resolve" class="card">
        <input type="hidden" name="form" value="{{form}}">
        <label for="note">处理情况（必填）</label>
        <textarea id="note" name="note" required maxlength="500"></textarea>
        <button type="submit" class="second">已处理</button></form>{{/canResolve}}
        <div class="card"><b>处理记录</b><ol>
        {{#history}}<li>{{time}} {{actor}} {{action}}{{#note}}：{{note}}{{/note}}</li>{{/history}}
        </ol></div>
        """

    static let shift = """
        <h1>{{title}}</h1>
        {{#notice}}<div class="card notice">{{notice}}</div>{{/notice}}
        <div class="card"><dl>
        <dt>单位</dt><dd>{{unitName}}</dd>
        <dt>班次</dt><dd>{{period}}</dd>
        <dt>值班人员</dt><dd>{{officer}}</dd>
        <dt>带班领导</dt><dd>{{leader}}</dd>
        <dt>签到</dt><dd>{{checkInText}}</dd>
        </dl></div>
        {{#canCheckIn}}<form method="post" action="{{base}}/checkin" class="card">
        <input type="hidden" name="form" value="{{form}}">
        <button type="submit">{{checkInButton}}</button></form>{{/canCheckIn}}
        {{#hasCalendar}}<p class="card"><a href="{{base}}/shifts.ics">下载我的值班日历（可导入手机日历）</a></p>{{/hasCalendar}}
        """

    static let hazard = """
        <h1>{{title}}</h1>
        {{#notice}}<div class="card notice">{{notice}}</div>{{/notice}}
        <div class="card">
        <span class="tag {{riskClass}}">{{riskText}}</span> <b>{{statusText}}</b>
        <dl>
        <dt>单位</dt><dd>{{unitName}}</dd>
        <dt>隐患部位</dt><dd>{{location}}</dd>
        <dt>隐患描述</dt><dd>{{description}}</dd>
        <dt>隐患类别</dt><dd>{{category}}</dd>
        <dt>整改措施</dt><dd>{{measure}}</dd>
        <dt>整改责任人</dt><dd>{{responsible}}</dd>
        <dt>整改时限</dt><dd>{{deadline}}</dd>
        <dt>整改情况</dt><dd>{{progress}}</dd>
        </dl>
        {{#photos}}<a href="{{.}}"><img src="{{.}}" alt="整改照片" style="max-width:100%;margin-top:6px"></a>{{/photos}}
        </div>
        {{#canRectify}}<form method="post" action="{{base}}/progress" class="card">
        <input type="hidden" name="form" value="{{form}}">
        <label for="progress-note">整改进展（必填）</label>
        <textarea id="progress-note" name="note" required maxlength="500"></textarea>
        <button type="submit">提交整改进展</button></form>
        <form method="post" action="{{base}}/rectified" enctype="multipart/form-data" class="card">
        <input type="hidden" name="form" value="{{form}}">
        <label for="rectified-note">整改说明</label>
        <textarea id="rectified-note" name="note" maxlength="500"></textarea>
        <label for="photos">整改照片（{{maxPhotoText}}）</label>
        <input id="photos" type="file" name="photo" accept="image/jpeg,image/png" multiple>
        <button type="submit" class="second">已整改</button></form>{{/canRectify}}
        {{#canVerify}}{{^isRectifier}}<form method="post" action="{{base}}/verify" class="card">
        <input type="hidden" name="form" value="{{form}}">
        <button type="submit" class="second">验收销号</button></form>
        <form method="post" action="{{base}}/reopen" class="card">
        <input type="hidden" name="form" value="{{form}}">
        <label for="reason">退回原因（必填）</label>
        <textarea id="reason" name="note" required maxlength="500"></textarea>
        <button type="submit">退回</button></form>{{/isRectifier}}
        {{#isRectifier}}<div class="card muted">您报告了本次整改，须由其他人验收销号。</div>{{/isRectifier}}{{/canVerify}}
        <div class="card"><b>处理记录</b><ol>
        {{#history}}<li>{{time}} {{actor}} {{action}}{{#note}}：{{note}}{{/note}}</li>{{/history}}
        </ol></div>
        """

    static let board = """
        <meta http-equiv="refresh" content="60">
        <h1>{{title}}</h1>
        <p class="muted">更新于 {{updated}}</p>
        <div class="card"><b>当前在岗</b><ol>
        {{#onDuty}}<li{{#warn}} class="warn"{{/warn}}>{{unit}}：{{text}}</li>{{/onDuty}}{{^onDuty}}<li>当前无值班班次</li>{{/onDuty}}
        </ol></div>
        <div class="card"><b>未签到 / 抽查不在岗</b><ol>
        {{#missed}}<li class="warn">{{unit}}：{{text}}</li>{{/missed}}{{^missed}}<li>无</li>{{/missed}}
        </ol></div>
        <div class="card"><b>未结告警（按级别）</b><ol>
        {{#levels}}<li{{#warn}} class="warn"{{/warn}}>{{unit}}：{{text}}</li>{{/levels}}{{^levels}}<li>无</li>{{/levels}}
        </ol></div>
        <div class="card"><b>逾期隐患（按单位）</b><ol>
        {{#hazards}}<li class="warn">{{unit}}：{{text}}</li>{{/hazards}}{{^hazards}}<li>无</li>{{/hazards}}
        </ol></div>
        <div class="card"><b>今日值班日报</b><ol>
        {{#filings}}<li{{#warn}} class="warn"{{/warn}}>{{unit}}：{{text}}</li>{{/filings}}{{^filings}}<li>今日不在假期值班期间</li>{{/filings}}
        </ol></div>
        """

    static let daily = """
        <h1>{{title}}</h1>
        {{#notice}}<div class="card notice">{{notice}}</div>{{/notice}}
        <div class="card"><dl>
        <dt>日期</dt><dd>{{dateText}}</dd>
        <dt>报送情况</dt><dd>{{filedText}}</dd>
        {{#note}}<dt>备注</dt><dd>{{note}}</dd>{{/note}}
        <dt>报送时限</dt><dd>{{deadlineText}}</dd>
        </dl></div>
        {{#noticeText}}<div class="card muted">{{noticeText}}</div>{{/noticeText}}
        {{#canFile}}<form method="post" action="{{base}}/zero" class="card">
        <input type="hidden" name="form" value="{{form}}">
        <p class="muted">今日无突发事件、值班正常，一键报送零报告：</p>
        <button type="submit" class="second">零报告</button></form>
        <form method="post" action="{{base}}/note" class="card">
        <input type="hidden" name="form" value="{{form}}">
        <label for="note">备注（必填）</label>
        <textarea id="note" name="note" required maxlength="500"></textarea>
        <button type="submit">报送备注</button></form>{{/canFile}}
        <div class="card"><b>值班情况</b><ol>
        {{#shifts}}<li{{#warn}} class="warn"{{/warn}}>{{unit}} {{text}}</li>{{/shifts}}{{^shifts}}<li>今日无本单位班次</li>{{/shifts}}
        </ol></div>
        <div class="card"><b>电话抽查</b><ol>
        {{#spotChecks}}<li{{#warn}} class="warn"{{/warn}}>{{unit}} {{text}}</li>{{/spotChecks}}{{^spotChecks}}<li>无</li>{{/spotChecks}}
        </ol></div>
        <div class="card"><b>突发事件</b><ol>
        {{#incidents}}<li{{#warn}} class="warn"{{/warn}}>{{unit}} {{text}}</li>{{/incidents}}{{^incidents}}<li>无</li>{{/incidents}}
        </ol></div>
        <div class="card"><b>隐患整改</b><p>{{hazardText}}</p></div>
        {{#hasUnits}}<div class="card"><b>下级单位</b><ol>
        {{#units}}<li{{#warn}} class="warn"{{/warn}}>{{unit}}：{{text}}</li>{{/units}}
        </ol></div>{{/hasUnits}}
        """

    static let message = """
        <h1>{{title}}</h1>
        <div class="card {{style}}"><p>{{text}}</p></div>
        """
}

/// What a page template is rendered with.
struct PageContext {
    var view: any Sendable
    var base = ""
    var form = ""
    var notice: String?
}
