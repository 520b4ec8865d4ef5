"""Writes a hazard ledger of N rows for the bundled example configuration, for timing imports.

Usage: python3 bench/generate-ledger.py N > ledger.csv
Rows cycle through the example's seven schools and four risk levels; deadlines are in 2027.
"""
import sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
schools = ["东港区实验小学", "东港区第三中学", "东港区第一幼儿园", "岚山区中心小学", "岚山区第二中学", "岚山区虎山镇中学", "日照市第一中学"]
risks = ["重大", "较大", "一般", "低"]
out = sys.stdout
out.write("序号,学校/单位,隐患部位,隐患描述,隐患类别,风险等级,整改措施,整改责任人,整改时限,整改情况\n")
for i in range(1, rows + 1):
    status = "整改中" if i % 3 == 0 else "未整改"
    out.write(f"{i},{schools[i % 7]},教学楼{i % 5 + 1}楼,\"消防通道堵塞, 第{i}处\",消防安全,{risks[i % 4]},清理并设置标识,朱丽,2027-0{i % 9 + 1}-15,{status}\n")
