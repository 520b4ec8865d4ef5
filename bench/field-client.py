#!/usr/bin/env python3
"""The field pages' bench client (bench/field.sh).

  field-client.py forms BASE LINKS    # GETs each link's page: "LINK FORM" per line
  field-client.py latency BASE LINKS  # GET page + POST 确认收到 per link, through BASE; prints ms
LINKS is a file of link tokens, one a line, issued by `dutyctl links issue` (bench/field.sh).
"""
import http.client
import re
import statistics
import sys
import time
import urllib.parse


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
    if verb == "forms":
        base = urllib.parse.urlparse(sys.argv[2])
        connection = http.client.HTTPConnection(base.hostname, base.port)
        for token in open(sys.argv[3]).read().split():
            print(token, form_of(connection, token))
    elif verb == "latency":
        base = urllib.parse.urlparse(sys.argv[2])
        connection = http.client.HTTPConnection(base.hostname, base.port)
        samples = []
        for token in open(sys.argv[3]).read().split():
            started = time.perf_counter()
            form = form_of(connection, token)
            connection.request("POST", f"/a/{token}/acknowledge", body=f"form={form}",
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
            response = connection.getresponse()
            response.read()
            if response.status != 303:
                sys.exit(f"POST /a/{token[:8]}…/acknowledge: {response.status}")
            samples.append((time.perf_counter() - started) * 1000)
        samples.sort()
        p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
        print(f"{len(samples)} {statistics.median(samples):.2f} {p99:.2f} {samples[-1]:.2f}")


if __name__ == "__main__":
    main()
