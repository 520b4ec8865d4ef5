"""A loopback webhook receiver for dutyd's delivery tests.

Counts what it receives in DIR/stats.json (rewritten atomically after every change) and
answers as DIR/mode says, read at each request: "ok" (200), "500", "hang" (never answers),
"slow" (waits 0.5 s before answering, so requests stay in flight), or "errcode" (200 with a
DingTalk/WeCom error body). A request counts as acknowledged only when its 200 was written
to a client still connected; one whose client went away first counts as abandoned.

With --dingtalk-secret, every request's timestamp and sign are checked against DingTalk's
documented algorithm: base64(HMAC-SHA256(key=secret, "timestamp\\nsecret")), URL-encoded.

Usage: webhook_receiver.py DIR [--port N] [--dingtalk-secret S]; writes the port to DIR/port.
"""

import base64
import hashlib
import hmac
import json
import os
import select
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

directory = sys.argv[1]
arguments = dict(zip(sys.argv[2::2], sys.argv[3::2]))
secret = arguments.get("--dingtalk-secret")
lock = threading.Lock()
stats = {"acknowledged": {}, "abandoned": 0, "failed500": 0, "hung": 0, "refusedByRobot": 0, "inFlight": 0, "mostInFlight": 0, "badSignatures": 0, "bodies": []}


def save():
    temporary = os.path.join(directory, "stats.json.tmp")
    with open(temporary, "w") as file:
        json.dump(stats, file, ensure_ascii=False)
    os.replace(temporary, os.path.join(directory, "stats.json"))


def change(update):
    with lock:
        update()
        save()


def mode():
    try:
        with open(os.path.join(directory, "mode")) as file:
            return file.read().strip()
    except FileNotFoundError:
        return "ok"


def signature_ok(query):
    values = urllib.parse.parse_qs(query)
    try:
        timestamp = values["timestamp"][0]
        sign = values["sign"][0]
    except KeyError:
        return False
    digest = hmac.new(secret.encode(), f"{timestamp}\n{secret}".encode(), hashlib.sha256).digest()
    fresh = abs(time.time() * 1000 - int(timestamp)) < 3_600_000
    return fresh and hmac.compare_digest(base64.b64encode(digest).decode(), sign)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *arguments):
        pass

    def client_gone(self):
        readable, _, _ = select.select([self.connection], [], [], 0)
        return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""

    def answer(self, status, body):
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
        self.wfile.flush()

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        key = self.headers.get("X-Dutyd-Key", "")
        query = urllib.parse.urlsplit(self.path).query
        current = mode()
        if secret is not None and not signature_ok(query):
            change(lambda: stats.update(badSignatures=stats["badSignatures"] + 1))
            return self.answer(200, {"errcode": 310000, "errmsg": "sign not match"})
        if current == "500":
            change(lambda: stats.update(failed500=stats["failed500"] + 1))
            return self.answer(500, {"error": "told to fail"})
        if current == "hang":
            change(lambda: stats.update(hung=stats["hung"] + 1))
            time.sleep(3600)
        if current == "errcode":
            change(lambda: stats.update(refusedByRobot=stats["refusedByRobot"] + 1))
            return self.answer(200, {"errcode": 300001, "errmsg": "told to refuse"})
        change(lambda: stats.update(inFlight=stats["inFlight"] + 1, mostInFlight=max(stats["mostInFlight"], stats["inFlight"] + 1)))
        if current == "slow":
            time.sleep(0.5)
        with lock:
            stats["inFlight"] -= 1
            if self.client_gone():
                stats["abandoned"] += 1
            else:
                self.answer(200, {"errcode": 0, "errmsg": "ok"})
                stats["acknowledged"][key] = stats["acknowledged"].get(key, 0) + 1
                stats["bodies"].append(body)
            save()


class Server(ThreadingHTTPServer):
    allow_reuse_address = True
    daemon_threads = True


server = Server(("127.0.0.1", int(arguments.get("--port", "0"))), Handler)
with lock:
    save()
with open(os.path.join(directory, "port.tmp"), "w") as file:
    file.write(str(server.server_address[1]))
os.replace(os.path.join(directory, "port.tmp"), os.path.join(directory, "port"))
server.serve_forever()
