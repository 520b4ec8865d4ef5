#!/usr/bin/env python3
"""Regenerates the .xlsx fixtures of the spreadsheet tests with LibreOffice Calc, a real spreadsheet program.

Needs `apt-get install -y libreoffice-calc-nogui`; the generated .xlsx files are committed, so the tests do not.
CSV sources are converted as Calc imports them (ISO dates become date cells, phone numbers become numbers);
the merged-cell rosters are written as flat OpenDocument (.fods) first, so their merges and date formats are exact.
Run from anywhere: python3 Tests/Fixtures/Spreadsheets/make-fixtures.py
"""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CONFIG = os.path.join(HERE, "..", "..", "..", "config")

HEADER = ["单位", "日期", "起止时间", "值班人员", "联系电话", "带班领导", "带班领导电话"]
# Two units, three days each, two shifts a day: the unit is merged down its six rows, the date down its two.
SHIFTS = {
    "东港区实验小学": [("陈静", "13906332002"), ("刘洋", "13906332001")],
    "岚山区中心小学": [("林小红", "13906333002"), ("高建华", "13906333001")],
}
DAYS = ["2026-10-01", "2026-10-02", "2026-10-03"]
HOURS = ["08:00-20:00", "20:00-08:00"]


def cell(text=None, date=None, number=None, rows=1, columns=1):
    spans = (f' table:number-rows-spanned="{rows}"' if rows > 1 else "") + (f' table:number-columns-spanned="{columns}"' if columns > 1 else "")
    if date:
        year, month, day = (int(part) for part in date.split("-"))
        return f'<table:table-cell table:style-name="date"{spans} office:value-type="date" office:date-value="{date}"><text:p>{year}年{month}月{day}日</text:p></table:table-cell>'
    if number:
        return f'<table:table-cell{spans} office:value-type="float" office:value="{number}"><text:p>{number}</text:p></table:table-cell>'
    if text is None:
        return "<table:table-cell/>"
    return f'<table:table-cell{spans} office:value-type="string"><text:p>{escape(text)}</text:p></table:table-cell>'


COVERED = "<table:covered-table-cell/>"


def roster_rows(title):
    rows = []
    if title:
        rows.append(cell(title, columns=len(HEADER)) + COVERED * (len(HEADER) - 1))
    rows.append("".join(cell(name) for name in HEADER))
    for unit, ((officer, officer_phone), (leader, leader_phone)) in SHIFTS.items():
        for day_index, day in enumerate(DAYS):
            for hour_index, hours in enumerate(HOURS):
                first_of_unit = day_index == 0 and hour_index == 0
                row = cell(unit, rows=len(DAYS) * len(HOURS)) if first_of_unit else COVERED
                row += cell(date=day, rows=len(HOURS)) if hour_index == 0 else COVERED
                row += cell(hours) + cell(officer) + cell(number=officer_phone) + cell(leader) + cell(number=leader_phone)
                rows.append(row)
    return rows


def fods(sheets):
    tables = "".join(
        f'<table:table table:name="{escape(name)}">' + "".join(f"<table:table-row>{row}</table:table-row>" for row in rows) + "</table:table>"
        for name, rows in sheets
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="N1"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
<style:style style:name="date" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1"/>
</office:automatic-styles>
<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document>
"""


def convert(source, target, infilter=None):
    with tempfile.TemporaryDirectory() as work:
        command = ["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile"]
        if infilter:
            command.append(f"--infilter={infilter}")
        command += ["--convert-to", "xlsx", "--outdir", work, source]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        produced = os.path.join(work, os.path.splitext(os.path.basename(source))[0] + ".xlsx")
        shutil.move(produced, os.path.join(HERE, target))


def main():
    csv = "CSV:44,34,76,1,,2052,false,true"  # comma, quote, UTF-8, from row 1, zh-CN, detect dates
    convert(os.path.join(CONFIG, "rosters", "2026-national-day.csv"), "roster.xlsx", csv)
    convert(os.path.join(CONFIG, "ledgers", "2026-autumn-inspection.csv"), "ledger.xlsx", csv)
    for name in ["people.csv", "roster-errors.csv", "roster-people.csv"]:
        if os.path.exists(os.path.join(HERE, name)):
            convert(os.path.join(HERE, name), name.replace(".csv", ".xlsx"), csv)
    with tempfile.TemporaryDirectory() as work:
        notes = [cell("说明"), cell("合并单元格的值班表：单位和日期按块合并")]
        for name, title in [("roster-merged", None), ("roster-title", "日照市教育系统2026年国庆节假期值班表")]:
            source = os.path.join(work, name + ".fods")
            with open(source, "w", encoding="utf-8") as file:
                file.write(fods([("国庆值班", roster_rows(title)), ("备注", ["".join(notes)])]))
            convert(source, name + ".xlsx")


if __name__ == "__main__":
    main()
