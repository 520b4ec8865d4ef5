"""Writes a province-size data set for dutyd: configuration, holiday calendar, duty roster and hazard ledger.

Usage: python3 bench/generate-province.py OUT_DIR [--seed 42] [--start 2026-11-29T19:00]
           [--hazards 1000000] [--overdue 100000] [--shifts 200000]
       python3 bench/generate-province.py OUT_DIR --due-only [--start …] [--due-minutes 5] [--due-per-minute 10]

OUT_DIR gets dutyd.toml (1 province, 16 cities, 140 counties, 20,000 schools and their people),
calendars/province.toml, rosters/province.csv and ledgers/province.csv. `--start` is the local
time (Asia/Shanghai) the run starts from, to the minute; default: the next whole minute from now.
Of the hazards, `--overdue` are past their deadline (all not yet rectified: each raises an alert
when imported), and the rest fall due at the end of a day 4 to 56 days later, past the reminder
leads. The shifts cover a 7-day holiday that begins two days after `--start`, so they are pending
all through the run. With `--due-only` it writes just ledgers/due.csv: `--due-per-minute` hazards
falling due at each of the `--due-minutes` whole minutes after `--start`, to import into a state
that already holds the big ledger. The same seed and start give the same files.
"""
import argparse
import datetime
import os
import random
import re

CITIES = ["济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂", "德州", "聊城", "滨州", "菏泽"]
COUNTIES = 140
SCHOOLS = 20_000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红文海燕玲立新永辉晓东春梅宏斌鹏飞玉凤云丹萍亮健"
COUNTY_SYLLABLES = "东西南北中新平安宁阳山河城泉临昌沂莱蒙清高武"
SCHOOL_KINDS = ["小学", "中学", "幼儿园", "实验小学", "职业中专"]
LOCATIONS = ["教学楼一楼", "教学楼三楼", "实验楼二楼", "学生宿舍", "食堂后厨", "锅炉房", "操场看台", "配电室", "校门口", "图书馆"]
HAZARDS = [
    ("消防安全", "安全出口被杂物堵塞", "立即清理杂物并设置禁止堆放标识"),
    ("消防安全", "灭火器压力不足已过期", "更换灭火器并建立月检制度"),
    ("危化品管理", "危化品柜未双人双锁", "加装双锁并落实双人管理"),
    ("用电安全", "配电箱未上锁且线路裸露", "更换配电箱并由电工整改线路"),
    ("食品安全", "留样冰箱温度记录缺失", "补齐记录并指定专人每日登记"),
    ("校舍安全", "围墙局部开裂", "设置警示带并委托检测加固"),
]
# Share of each risk level among the hazards: 2% 重大, 10% 较大, 50% 一般, 38% 低.
RISKS = (["重大", "较大", "一般", "低"], [2, 10, 50, 38])


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--start", help="local start time, e.g. 2026-11-29T19:00 (default: the next whole minute)")
    parser.add_argument("--hazards", type=int, default=1_000_000)
    parser.add_argument("--overdue", type=int, default=100_000)
    parser.add_argument("--due-only", action="store_true", help="write only ledgers/due.csv")
    parser.add_argument("--due-minutes", type=int, default=5)
    parser.add_argument("--due-per-minute", type=int, default=10)
    parser.add_argument("--shifts", type=int, default=200_000)
    return parser.parse_args()


def local_now():
    shanghai = datetime.timezone(datetime.timedelta(hours=8))
    now = datetime.datetime.now(shanghai).replace(tzinfo=None, second=0, microsecond=0)
    return now + datetime.timedelta(minutes=1)


class Names:
    """Chinese names and phone numbers; names repeat across the province, phones never do."""

    def __init__(self, rng):
        self.rng = rng
        self.phones = 0

    def person(self):
        given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice([1, 2, 2])))
        self.phones += 1
        return self.rng.choice(SURNAMES) + given, f"139{self.phones:08d}"


def build_tree(rng):
    """Units as (id, name, kind, parent); people as (id, name, phone, unit); contacts per unit id."""
    names = Names(rng)
    units, people, contacts = [], [], {}

    def staff(unit, roles):
        """One person per role; names differ within a unit, as a ledger's responsible person must be unambiguous there."""
        ids, taken = {}, set()
        for role in roles:
            person_id = f"{unit}-{role}"
            name, phone = names.person()
            while name in taken:
                name, phone = names.person()
            taken.add(name)
            people.append((person_id, name, phone, unit))
            ids[role] = person_id
        return ids

    units.append(("sd", "山东省教育厅", "province", None))
    contacts["sd"] = staff("sd", ["head", "safety", "duty"])
    county_names = iter(rng.sample([a + b for a in COUNTY_SYLLABLES for b in COUNTY_SYLLABLES if a != b], COUNTIES))
    counties = []
    for c, city in enumerate(CITIES):
        city_id = f"c{c + 1:02d}"
        units.append((city_id, f"{city}市教育局", "city", "sd"))
        contacts[city_id] = staff(city_id, ["head", "safety", "duty"])
        for k in range(COUNTIES * (c + 1) // len(CITIES) - COUNTIES * c // len(CITIES)):
            county_id = f"{city_id}-k{k + 1:02d}"
            county_name = f"{city}市{next(county_names)}{'区' if k < 3 else '县'}"
            units.append((county_id, f"{county_name}教育和体育局", "county", city_id))
            contacts[county_id] = staff(county_id, ["head", "safety", "duty"])
            counties.append((county_id, county_name))
    schools = []
    for s in range(SCHOOLS):
        county_id, county_name = counties[s % COUNTIES]
        number = s // COUNTIES + 1
        school_id = f"{county_id}-s{number:03d}"
        name = f"{county_name}第{number}{SCHOOL_KINDS[number % len(SCHOOL_KINDS)]}"
        units.append((school_id, name, "school", county_id))
        contacts[school_id] = staff(school_id, ["head", "safety"])
        schools.append(school_id)
    return units, people, contacts, schools


def toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_config(path, units, people, contacts, template):
    """The example's channels, policies, [duty] and [hazards] sections with the province's tree and people."""
    with open(template, encoding="utf-8") as f:
        example = f.read()
    policies = example[example.index("# ── Escalation policies"):]
    with open(path, "w", encoding="utf-8") as out:
        out.write("# Province-scale benchmark data written by bench/generate-province.py. Names are invented.\n\n")
        out.write('[daemon]\ntime_zone = "Asia/Shanghai"\ncheck_interval = "1m"\n\n')
        out.write('[data]\nrosters = ["rosters/province.csv"]\nledgers = ["ledgers/province.csv"]\ncalendars = ["calendars/province.toml"]\n\n')
        # Notifications go to the journal only (always on), so that delivery does not dominate the run.
        for unit_id, name, kind, parent in units:
            roles = contacts[unit_id]
            duty = roles.get("duty", roles["safety"])
            out.write(f'[[units]]\nid = "{unit_id}"\nname = {toml_string(name)}\nkind = "{kind}"\n')
            if parent:
                out.write(f'parent = "{parent}"\n')
            out.write(f'contacts = {{ head = ["{roles["head"]}"], safety = ["{roles["safety"]}"], duty_office = ["{duty}"] }}\n\n')
        for person_id, name, phone, unit in people:
            out.write(f'[[people]]\nid = "{person_id}"\nname = "{name}"\nphone = "{phone}"\nunit = "{unit}"\nchannels = ["journal"]\n\n')
        # The example's quiet windows name its own units, which do not exist here.
        policies = re.sub(r'\[\[quiet_windows\]\]\n(?:[a-z_]+ = .*\n)+', "", policies)
        # Every unit of the roster is staffed on the holiday; the example's staffed_units do not exist here.
        policies = policies.replace('staffed_units = ["rz", "rz-dg", "dg-sy", "ls-zx"]', "# staffed_units: every unit of the roster")
        # Ordinary incidents climb after a minute here, so that the harness's reported incidents give
        # escalation deadlines at arbitrary instants, each a lateness sample.
        general_incident = 'kind = "incident"\nlevels = [\n  { role = "duty_office", up = 1, timeout = "1h" },'
        assert general_incident in policies
        out.write(policies.replace(general_incident, general_incident.replace('"1h"', '"1m"')))


def write_calendar(path, first_day):
    last_day = first_day + datetime.timedelta(days=6)
    with open(path, "w", encoding="utf-8") as out:
        out.write(f'[[holidays]]\nname = "基准测试假期"\nstart = {first_day.isoformat()}\nend = {last_day.isoformat()}\nmake_up_days = []\n')


def write_roster(path, count, first_day, units, people_by_unit):
    """16 shifts per unit (day and night, from the day before the holiday) until `count` shifts are written."""
    slots = []
    for day in range(-1, 8):
        date = first_day + datetime.timedelta(days=day)
        slots += [(date, "08:00-20:00"), (date, "20:00-08:00")]
    slots = slots[1:17]  # the eve's night shift through the day shift after the holiday
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write("单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话\n")
        for unit_id, name, _, _ in units:
            if written == count:
                break
            officer, leader = people_by_unit[unit_id]["safety"], people_by_unit[unit_id]["head"]
            for date, hours in slots[: count - written]:
                out.write(f"{name},{date.isoformat()},{hours},{officer[0]},{officer[1]},{leader[0]},{leader[1]}\n")
                written += 1
    return written


def write_ledger(path, rng, count, overdue, start, schools, unit_names, safety_names):
    """`overdue` hazards past their deadline, the rest due in weeks."""
    risks = rng.choices(*RISKS, k=count)
    with open(path, "w", encoding="utf-8") as out:
        out.write(LEDGER_HEADER)
        for i in range(count):
            if i < overdue:
                deadline = (start.date() - datetime.timedelta(days=rng.randint(1, 21))).isoformat()
                status = rng.choice(["未整改", "整改中"])
            else:
                deadline = (start.date() + datetime.timedelta(days=rng.randint(4, 56))).isoformat()
                status = rng.choices(["未整改", "整改中", "已整改"], [60, 30, 10])[0]
            out.write(ledger_row(rng, f"H{i + 1:07d}", i + 1, risks[i], deadline, status, schools, unit_names, safety_names))


def write_due_ledger(path, rng, minutes, per_minute, start, schools, unit_names, safety_names):
    """`per_minute` hazards falling due at each of the `minutes` whole minutes after `start`."""
    with open(path, "w", encoding="utf-8") as out:
        out.write(LEDGER_HEADER)
        for i in range(minutes * per_minute):
            deadline = (start + datetime.timedelta(minutes=1 + i // per_minute)).strftime("%Y-%m-%d %H:%M")
            risk = rng.choices(*RISKS)[0]
            out.write(ledger_row(rng, f"D{start:%m%d%H%M}-{i + 1:04d}", i + 1, risk, deadline, "整改中", schools, unit_names, safety_names))


LEDGER_HEADER = "序号,编号,学校/单位,隐患部位,隐患描述,隐患类别,风险等级,整改措施,整改责任人,整改时限,整改情况\n"


def ledger_row(rng, hazard_id, serial, risk, deadline, status, schools, unit_names, safety_names):
    school = schools[rng.randrange(len(schools))]
    category, description, measure = HAZARDS[rng.randrange(len(HAZARDS))]
    location = LOCATIONS[rng.randrange(len(LOCATIONS))]
    return f"{serial},{hazard_id},{unit_names[school]},{location},{description},{category},{risk},{measure},{safety_names[school]},{deadline},{status}\n"


def main():
    args = arguments()
    rng = random.Random(args.seed)
    start = datetime.datetime.fromisoformat(args.start) if args.start else local_now()
    for sub in ["calendars", "rosters", "ledgers"]:
        os.makedirs(os.path.join(args.out, sub), exist_ok=True)
    units, people, contacts, schools = build_tree(rng)
    people_by_id = {person_id: (name, phone) for person_id, name, phone, _ in people}
    people_by_unit = {unit: {role: people_by_id[pid] for role, pid in roles.items()} for unit, roles in contacts.items()}
    unit_names = {unit_id: name for unit_id, name, _, _ in units}
    safety_names = {unit: roles["safety"][0] for unit, roles in people_by_unit.items()}
    if args.due_only:
        path = os.path.join(args.out, "ledgers", "due.csv")
        write_due_ledger(path, rng, args.due_minutes, args.due_per_minute, start, schools, unit_names, safety_names)
        print(f"{path}: {args.due_per_minute} hazards due at each of the {args.due_minutes} minutes after {start.isoformat()} (Asia/Shanghai)")
        return
    template = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "config", "dutyd.toml")
    write_config(os.path.join(args.out, "dutyd.toml"), units, people, contacts, template)
    first_day = start.date() + datetime.timedelta(days=2)
    write_calendar(os.path.join(args.out, "calendars", "province.toml"), first_day)
    shifts = write_roster(os.path.join(args.out, "rosters", "province.csv"), args.shifts, first_day, units, people_by_unit)
    write_ledger(os.path.join(args.out, "ledgers", "province.csv"), rng, args.hazards, args.overdue, start, schools, unit_names, safety_names)
    print(f"{args.out}: {len(units)} units, {len(people)} people, {shifts} shifts, {args.hazards} hazards; start {start.isoformat()} (Asia/Shanghai)")


if __name__ == "__main__":
    main()
