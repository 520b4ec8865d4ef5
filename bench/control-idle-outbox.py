# Acknowledgements with the outbox idle: acknowledgements per second and dutyd's CPU time
# (user + system, from /proc) per acknowledgement, from one client and from 16 at once.
# The CPU time per acknowledgement varies far less than the rates with the load of a shared machine.
#   swift build -c release --product dutyd
#   python3 bench/control-idle-outbox.py .build/release/dutyd config
# It reports 1,000 incidents (notifications to the journal only), waits until the outbox has
# delivered them all (up to 120 s), then acknowledges 300 from one connection and 640 from 16.
import json, os, shutil, socket, subprocess, sys, threading, time
dutyd, config = sys.argv[1], sys.argv[2]
work = f"/var/tmp/dutyd-idle-{os.getpid()}"
shutil.rmtree(work, ignore_errors=True)
shutil.copytree(config, work + "/config")
toml = work + "/config/dutyd.toml"
text = open(toml).read().replace('channels = ["sms"]', 'channels = ["journal"]')
open(toml, "w").write(text)
sock_path = work + "/control"
log = open(work + "/dutyd.log", "w")
env = {k: v for k, v in os.environ.items() if k not in ("NOTIFY_SOCKET", "LISTEN_FDS")}
proc = subprocess.Popen([dutyd, "--config", toml, "--state-directory", work + "/state", "--socket", sock_path, "--log-target", "console"], stderr=log, env=env)
# The socket file exists a moment before dutyd listens on it: wait until a connection is accepted.
while True:
    try:
        probe = socket.socket(socket.AF_UNIX); probe.connect(sock_path); probe.close(); break
    except OSError:
        time.sleep(0.05)

class Conn:
    def __init__(self):
        self.s = socket.socket(socket.AF_UNIX); self.s.connect(sock_path); self.buf = b""
    def call(self, method, params=None):
        msg = {"method": method}
        if params is not None: msg["parameters"] = params
        self.s.sendall(json.dumps(msg).encode() + b"\0")
        while b"\0" not in self.buf: self.buf += self.s.recv(65536)
        reply, self.buf = self.buf.split(b"\0", 1)
        r = json.loads(reply)
        assert "error" not in r, r
        return r["parameters"]

def cpu():  # dutyd's user+system CPU seconds
    f = open(f"/proc/{proc.pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")

c = Conn()
schools = ["dg-sy", "dg-sz", "dg-yey", "ls-zx", "ls-ez", "ls-hf", "rz-yz"]
reports, single, clients, per = 1000, 300, 16, 40
for n in range(1, reports + 1):
    c.call("io.dutyd.Report", {"unit": schools[n % 7], "summary": f"演练 {n}"})
deadline = time.time() + 120
while c.call("io.dutyd.Status")["pending_notifications"] > 0 and time.time() < deadline: time.sleep(0.5)
time.sleep(1)
pending = c.call("io.dutyd.Status")["pending_notifications"]
c0, t0 = cpu(), time.time()
for i in range(1, single + 1): c.call("io.dutyd.Acknowledge", {"id": i})
c1, t1 = cpu(), time.time()
conns = [Conn() for _ in range(clients)]
def acknowledge_range(k):
    first = single + k * per + 1
    for i in range(first, first + per): conns[k].call("io.dutyd.Acknowledge", {"id": i})
threads = [threading.Thread(target=acknowledge_range, args=(k,)) for k in range(clients)]
c2, t2 = cpu(), time.time()
for t in threads: t.start()
for t in threads: t.join()
c3, t3 = cpu(), time.time()
print(f"outbox pending at start: {pending}")
print(f"one client: {single/(t1-t0):.0f} acks/s, dutyd CPU {1000*(c1-c0)/single:.3f} ms/ack")
print(f"16 clients: {clients*per/(t3-t2):.0f} acks/s, dutyd CPU {1000*(c3-c2)/(clients*per):.3f} ms/ack")
proc.terminate(); proc.wait(); shutil.rmtree(work, ignore_errors=True)
