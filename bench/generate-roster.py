"""Writes a duty roster of N rows for the bundled example configuration, for timing roster reads.

Usage: python3 bench/generate-roster.py N > roster.csv
Each of the example roster's four units keeps one officer and one leader; every row is a night
shift 20:00-08:00 on the next free day of its unit (from 2027-01-01), so no two shifts overlap.
"""
import datetime
import sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
duty = [
    ("日照市教育局", "逄仁霞", "13806330102", "吴志强", "13806330101"),
    ("东港区教育和体育局", "李红梅", "13806331202", "孙立新", "13806331201"),
    ("东港区实验小学", "陈静", "13906332002", "刘洋", "13906332001"),
    ("岚山区中心小学", "林小红", "13906333002", "高建华", "13906333001"),
]
out = sys.stdout
out.write("单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话\n")
start = datetime.date(2027, 1, 1)
for i in range(rows):
    unit, officer, phone, leader, leader_phone = duty[i % len(duty)]
    day = start + datetime.timedelta(days=i // len(duty))
    out.write(f"{unit},{day.isoformat()},20:00-08:00,{officer},{phone},{leader},{leader_phone}\n")
