"""A fast loopback webhook receiver for bench/notify.sh, and its own floor.

    python3 bench/webhook-sink.py serve DIR        # listens on 127.0.0.1, writes the port to DIR/port
    python3 bench/webhook-sink.py floor URL N C    # N POSTs over C keep-alive connections; prints requests/s

`serve` answers every POST with 200 and `{"errcode":0}` over HTTP/1.1 keep-alive (asyncio, one
thread), notes the arrival time (Unix ms) of each request by its X-Dutyd-Key header and
answers `GET /count` with the number of requests received so far. On SIGTERM it writes
DIR/arrivals.tsv (key, arrival ms, one line per request) and exits.
`floor` is a load generator in the same style, for the most this receiver answers per second
on this machine (both sides in Python, so the receiver alone takes at least that much).
"""

import asyncio
import os
import signal
import sys
import time

ANSWER = b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{"errcode":0}'


class Sink(asyncio.Protocol):
    arrivals = []

    def connection_made(self, transport):
        self.transport = transport
        self.buffer = b""

    def data_received(self, data):
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1")
            length = 0
            key = None
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value)
                elif name == "x-dutyd-key":
                    key = value.strip()
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length:]
            if head.startswith("GET /count"):
                body = str(len(Sink.arrivals)).encode()
                self.transport.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
                continue
            Sink.arrivals.append((key, time.time_ns() // 1_000_000))
            self.transport.write(ANSWER)


async def serve(directory):
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Sink, "127.0.0.1", 0, backlog=1024)
    with open(os.path.join(directory, "port.tmp"), "w") as file:
        file.write(str(server.sockets[0].getsockname()[1]))
    os.replace(os.path.join(directory, "port.tmp"), os.path.join(directory, "port"))
    stop = loop.create_future()
    loop.add_signal_handler(signal.SIGTERM, stop.set_result, None)
    await stop
    server.close()
    with open(os.path.join(directory, "arrivals.tsv"), "w") as file:
        file.writelines(f"{key}\t{at}\n" for key, at in Sink.arrivals)


async def floor(url, total, connections):
    host, port = url.split("//")[1].split("/")[0].split(":")
    body = b'{"key":"x","text":"' + "测试".encode() * 60 + b'"}'
    remaining = [total]

    async def client(number):
        reader, writer = await asyncio.open_connection(host, int(port))
        sent = 0
        while remaining[0] > 0:
            remaining[0] -= 1
            sent += 1
            writer.write(
                b"POST / HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nX-Dutyd-Key: floor/%d/%d\r\nContent-Length: %d\r\n\r\n%s"
                % (host.encode(), number, sent, len(body), body))
            await reader.readuntil(b"\r\n\r\n")
            await reader.readexactly(13)
        writer.close()

    begin = time.perf_counter()
    await asyncio.gather(*(client(n) for n in range(connections)))
    print(f"{total / (time.perf_counter() - begin):.0f}")


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        asyncio.run(serve(sys.argv[2]))
    else:
        asyncio.run(floor(sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
