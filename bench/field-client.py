#!/usr/bin/env python3
"""The field pages' bench client (bench/field.sh).

  field-client.py links KEY PERSON FIRST LAST       # one signed link per alert FIRST..LAST, a line each
  field-client.py forms BASE LINKS                   # GETs each link's page: "LINK FORM" per line
  field-client.py latency BASE KEY PERSON FIRST LAST # GET page + POST 确认收到 per alert, through BASE; prints ms
Links are made as dutyd's interim SignedLinks makes them (HMAC-SHA256 with the state directory's
web-link.key); this goes when the personal-link store replaces them.
"""
import base64
import hashlib
import hmac
import http.client
import re
import statistics
import sys
import time
import urllib.parse


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def link(key: bytes, person: str, alert: int) -> str:
    payload = f"{person}\x1fa{alert}\x1f{int(time.time()) + 86400}".encode()
    return b64(payload) + "." + b64(hmac.new(key, payload, hashlib.sha256).digest()[:16])


def form_of(connection: http.client.HTTPConnection, token: str) -> str:
    connection.request("GET", "/a/" + token)
    response = connection.getresponse()
    page = response.read().decode()
    found = re.search(r'name="form" value="([0-9a-f]+)"', page)
    if response.status != 200 or not found:
        sys.exit(f"GET /a/{token[:8]}…: {response.status}")
    return found.group(1)


def main() -> None:
    verb = sys.argv[1]
    if verb == "links":
        key = open(sys.argv[2], "rb").read()
        for alert in range(int(sys.argv[4]), int(sys.argv[5]) + 1):
            print(link(key, sys.argv[3], alert))
    elif verb == "forms":
        base = urllib.parse.urlparse(sys.argv[2])
        connection = http.client.HTTPConnection(base.hostname, base.port)
        for token in open(sys.argv[3]).read().split():
            print(token, form_of(connection, token))
    elif verb == "latency":
        base = urllib.parse.urlparse(sys.argv[2])
        key = open(sys.argv[3], "rb").read()
        connection = http.client.HTTPConnection(base.hostname, base.port)
        samples = []
        for alert in range(int(sys.argv[5]), int(sys.argv[6]) + 1):
            token = link(key, sys.argv[4], alert)
            started = time.perf_counter()
            form = form_of(connection, token)
            connection.request("POST", f"/a/{token}/acknowledge", body=f"form={form}",
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
            response = connection.getresponse()
            response.read()
            if response.status != 303:
                sys.exit(f"POST acknowledge of alert {alert}: {response.status}")
            samples.append((time.perf_counter() - started) * 1000)
        samples.sort()
        p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
        print(f"{len(samples)} {statistics.median(samples):.2f} {p99:.2f} {samples[-1]:.2f}")


if __name__ == "__main__":
    main()
