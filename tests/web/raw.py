"""raw.py: what curl cannot send, for tests/cli/web_*.sh (Debian's python3, standard
library only).

    raw.py send PORT TEXT           sends TEXT as it is (\\r\\n and \\xNN escapes read),
                                    prints the status line answered, or "closed"
    raw.py slow PORT SECONDS TEXT   sends TEXT a byte every SECONDS; prints "answered
                                    STATUS after N s" or "cut after N s" (the server closed)
    raw.py slowbody PORT SECONDS TEXT
                                    sends TEXT's headers at once, then its body a byte
                                    every SECONDS; prints as slow does
    raw.py hold PORT N SECONDS      opens N connections and keeps them SECONDS without a
                                    byte sent; prints how many the server closed at once
    raw.py term PORT PID TEXT       sends the headers of TEXT, signals PID with SIGTERM,
                                    then the rest of TEXT slowly; prints the status line
"""
import os
import select
import signal
import socket
import sys
import time


def unescape(text):
    return text.encode("latin-1").decode("unicode_escape").encode("latin-1")


def connect(port):
    s = socket.create_connection(("127.0.0.1", int(port)), timeout=30)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def status_line(s):
    data = b""
    try:
        while b"\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    except (ConnectionResetError, socket.timeout):
        pass
    line = data.split(b"\r\n", 1)[0].decode("latin-1")
    return line if line else "closed"


def send(port, text):
    s = connect(port)
    try:
        s.sendall(unescape(text))
    except (BrokenPipeError, ConnectionResetError):
        pass
    print(status_line(s))


def slow(port, seconds, text, body_only=False):
    data = unescape(text)
    s = connect(port)
    start = time.monotonic()
    if body_only:
        head, data = data.split(b"\r\n\r\n", 1)
        s.sendall(head + b"\r\n\r\n")
    for byte in data:
        try:
            s.sendall(bytes([byte]))
        except (BrokenPipeError, ConnectionResetError):
            print("cut after %d s" % round(time.monotonic() - start))
            return
        # Wait the interval, but see at once when the server ends the connection.
        readable, _, _ = select.select([s], [], [], float(seconds))
        if readable and not s.recv(4096, socket.MSG_PEEK):
            print("cut after %d s" % round(time.monotonic() - start))
            return
    line = status_line(s)
    took = round(time.monotonic() - start)
    if line == "closed":
        print("cut after %d s" % took)
    else:
        print("answered %s after %d s" % (line.split(" ")[1], took))


def slowbody(port, seconds, text):
    slow(port, seconds, text, True)


def hold(port, n, seconds):
    conns = [connect(port) for _ in range(int(n))]
    time.sleep(0.5)
    closed = 0
    for c in conns:
        c.setblocking(False)
        try:
            closed += c.recv(1) == b""
        except BlockingIOError:
            pass
        except ConnectionResetError:
            closed += 1
    print(closed)
    sys.stdout.flush()
    time.sleep(float(seconds))
    for c in conns:
        c.close()


def term(port, pid, text):
    data = unescape(text)
    head, body = data.split(b"\r\n\r\n", 1)
    s = connect(port)
    s.sendall(head + b"\r\n\r\n")
    time.sleep(0.3)
    os.kill(int(pid), signal.SIGTERM)
    for byte in body:
        s.sendall(bytes([byte]))
        time.sleep(0.05)
    print(status_line(s))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"send": send, "slow": slow, "slowbody": slowbody, "hold": hold,
     "term": term}[command](*args)
