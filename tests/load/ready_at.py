"""Start to ready: polls a server that was just started with health probes only (which, unlike other requests, leave
its warm-up running), and prints how long after the process started (`started`, seconds since the epoch, taken just
before it was launched) /health/live and then /health/ready first answered 200, with the CPU time the process had
used by each.
    python3 tests/load/ready_at.py STARTED PID BASE_URL"""
import http.client
import os
import sys
import time
import urllib.parse

started, pid, base = float(sys.argv[1]), sys.argv[2], urllib.parse.urlsplit(sys.argv[3])


def cpu():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def healthy(path):
    connection = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status == 200
    except OSError:
        return False
    finally:
        connection.close()


def wait(path, interval, limit):
    deadline = time.time() + limit
    while not healthy(path):
        if time.time() > deadline:
            sys.exit(f"{path} did not answer 200 within {limit} s")
        time.sleep(interval)
    return time.time() - started, cpu()


live, live_cpu = wait("/health/live", 0.01, 120)
ready, ready_cpu = wait("/health/ready", 0.1, 300)
print(f"Start to ready, probed as a load balancer does: /health/live {live:.2f} s (server CPU {live_cpu:.2f} s), "
      f"/health/ready {ready:.2f} s after the warm-up (CPU {ready_cpu:.2f} s); the rounds below start then")
