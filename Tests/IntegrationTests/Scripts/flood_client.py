"""Floods dutyd's control socket as one local user, for the tests of the per-user limits.

Usage: flood_client.py SOCKET MODE COUNT [SECONDS]
  watch    COUNT connections each call io.dutyd.Watch and keep their stream open
  trickle  COUNT connections each send one byte of a never-ending request every second, for SECONDS
  unread   COUNT connections each ask for every alert and never read the reply; the first bytes
           of each answer are peeked at, not read

Prints one JSON line when the flood is in place ("ready"; for watch, what the daemon answered
each connection). trickle then prints a second line when SECONDS have passed: how each
connection ended and how long after the trickle began; unread prints one when every connection
has an answer: how many got (part of) the listing and how many an error. Every mode then holds its connections
until standard input closes.
"""
import json
import select
import socket
import sys
import time

socket_path, mode, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 0


def connect():
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    connection.connect(socket_path)
    return connection


def answer(connection, wait):
    """The first reply on the connection (a JSON object), or None when none came within wait seconds."""
    received = b""
    deadline = time.monotonic() + wait
    while b"\0" not in received:
        if not select.select([connection], [], [], max(0, deadline - time.monotonic()))[0]:
            return None
        chunk = connection.recv(65536)
        if not chunk:
            return {"closed": True}
        received += chunk
    return json.loads(received.split(b"\0")[0])


def summary(reply):
    """What a reply says: watching, the error and its limit, closed, or silent."""
    if reply is None:
        return "silent"
    if reply.get("closed"):
        return "closed"
    if reply.get("continues"):
        return "watching"
    limit = reply.get("parameters", {}).get("limit")
    return reply["error"] + (":" + limit if limit else "")


def peek(connection):
    """What the daemon answered, seen without reading it: "listing", an error, "closed", or None for nothing yet."""
    try:
        data = connection.recv(4096, socket.MSG_PEEK | socket.MSG_DONTWAIT)
    except BlockingIOError:
        return None
    if not data:
        return "closed"
    if b"\0" in data and b'"error"' in data:
        return summary(json.loads(data.split(b"\0")[0]))
    return "listing"


def tally(outcomes):
    counts = {}
    for outcome in outcomes:
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def send(connection, data):
    """Sends data, ignoring a connection the daemon already closed (its answer tells why)."""
    try:
        connection.sendall(data)
    except OSError:
        pass


def report(**fields):
    print(json.dumps(fields), flush=True)


connections = [connect() for _ in range(count)]
if mode == "watch":
    outcomes = []
    for connection in connections:
        send(connection, b'{"method": "io.dutyd.Watch", "more": true}\0')
        outcomes.append(summary(answer(connection, 10)))
    report(ready=tally(outcomes))
elif mode == "unread":
    for connection in connections:
        send(connection, b'{"method": "io.dutyd.Alerts", "parameters": {"state": "all"}}\0')
    report(ready={"asked": len(connections)})
    answers = [None] * len(connections)
    while None in answers:
        time.sleep(0.2)
        answers = [answer or peek(connection) for answer, connection in zip(answers, connections)]
    report(answered=tally(answers))
elif mode == "trickle":
    time.sleep(1)
    report(ready={"connected": len(connections)})
    request = b'{"method": "io.dutyd.Status", "parameters": {"padding": "'
    started = time.monotonic()
    open_connections = dict(enumerate(connections))
    ended = {}
    sent = 0
    while time.monotonic() - started < seconds:
        for index, connection in list(open_connections.items()):
            send(connection, request[sent % len(request):][:1])
        sent += 1
        tick = time.monotonic() + 1
        while time.monotonic() < tick and open_connections:
            readable = select.select(list(open_connections.values()), [], [], max(0, tick - time.monotonic()))[0]
            for index, connection in list(open_connections.items()):
                if connection in readable:
                    reply = answer(connection, 1)
                    ended[index] = {"outcome": summary(reply), "after": round(time.monotonic() - started, 1),
                                    "reason": (reply or {}).get("parameters", {}).get("reason")}
                    del open_connections[index]
    report(trickled=sent, ended=list(ended.values()), still_open=len(open_connections))
sys.stdin.read()
