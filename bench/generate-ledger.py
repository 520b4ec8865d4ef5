"""Writes a hazard ledger of N rows for the bundled example configuration, for timing imports.

Usage: python3 bench/generate-ledger.py N [--overdue] > ledger.csv
Rows cycle through the example's seven schools, all with 朱丽 responsible. By default they cycle
through the four risk levels, deadlines are in 2027 and a third are 整改中; with --overdue every
row is 一般, 未整改 and past its deadline (in 2026), so each raises an alert when imported.
"""
import sys

args = [arg for arg in sys.argv[1:] if arg != "--overdue"]
overdue = "--overdue" in sys.argv[1:]
rows = int(args[0]) if args else 100_000
schools = ["东港区实验小学", "东港区第三中学", "东港区第一幼儿园", "岚山区中心小学", "岚山区第二中学", "岚山区虎山镇中学", "日照市第一中学"]
risks = ["重大", "较大", "一般", "低"]
out = sys.stdout
out.write("序号,学校/单位,隐患部位,隐患描述,隐患类别,风险等级,整改措施,整改责任人,整改时限,整改情况\n")
for i in range(1, rows + 1):
    risk = "一般" if overdue else risks[i % 4]
    status = "整改中" if i % 3 == 0 and not overdue else "未整改"
    year = 2026 if overdue else 2027
    out.write(f"{i},{schools[i % 7]},教学楼{i % 5 + 1}楼,\"消防通道堵塞, 第{i}处\",消防安全,{risk},清理并设置标识,朱丽,{year}-0{i % 9 + 1}-15,{status}\n")
