"""The load script's summary (tests/load/run.sh): each scenario's median round, the ratios, and how it warmed up.
    python3 tests/load/report.py WORK ROUNDS SCENARIO... (names; the first three are the GraphQL page, the baseline
    and the floor, a fourth is the peer's page); reads WORK/NAME.R.txt (wrk's output and the server's CPU per
    request) and WORK/NAME.warm (req/s and CPU per request of each warm-up round)."""
import re
import statistics
import sys

work, rounds, scenarios = sys.argv[1], int(sys.argv[2]), sys.argv[3:]


def read(name, r):
    text = open(f"{work}/{name}.{r}.txt").read()
    value = lambda pattern: re.search(pattern, text, re.M).group(1)
    return (float(value(r"^Requests/sec:\s+([\d.]+)")), value(r"^\s+50%\s+(\S+)"), value(r"^\s+99%\s+(\S+)"),
            float(value(r"^Server CPU per request: ([\d.]+) ms")))


runs = {n: [read(n, r) for r in range(1, rounds + 1)] for n in scenarios}
median, cpu = {}, {}
for n in scenarios:
    ordered = sorted(runs[n])
    rps, p50, p99, _ = ordered[len(ordered) // 2]
    median[n], cpu[n] = rps, statistics.median(run[3] for run in runs[n])
    print(f"{n:<30} {rps:10.2f} req/s (rounds {ordered[0][0]:.0f}-{ordered[-1][0]:.0f})   p50 {p50:>8}   p99 {p99:>8}"
          f"   server CPU {cpu[n]:.3f} ms/request")


def ratio(a, b, label):
    per_round = [runs[a][r][0] / runs[b][r][0] for r in range(rounds)]
    return (f"{label}: {median[a] / median[b]:.2f} (median of each; round by round {min(per_round):.2f}-{max(per_round):.2f};"
            f" by server CPU per request {cpu[b] / cpu[a]:.2f})")


page, baseline, floor = scenarios[:3]
print(f"{ratio(page, baseline, 'GraphQL/baseline')}   floor/baseline: {median[floor] / median[baseline]:.2f}")
if len(scenarios) > 3:
    print(ratio(page, scenarios[3], "page/peer"))

# Warm-up: the first 3-s round against the settled rate (the median of the measured rounds), the first round that
# reached 95% of it, and the same by the server's CPU per request (a busy machine moves it far less).
print("Warm-up, 3-s rounds from the first request of each scenario's load, which starts once /health/ready says the")
print("instance's own warm-up is over (req/s, then server CPU ms/request):")
for n in scenarios:
    warm = [tuple(map(float, line.split())) for line in open(f"{work}/{n}.warm")]
    settled = median[n]
    reached = next((i + 1 for i, (rate, _) in enumerate(warm) if rate >= 0.95 * settled), None)
    when = f"95% of it from round {reached} ({3 * reached} s)" if reached else f"not 95% of it in {len(warm)} rounds"
    print(f"  {n:<30} first round {warm[0][0]:8.1f} req/s = {warm[0][0] / settled:4.0%} of settled {settled:.1f}; {when};"
          f" by CPU per request {cpu[n] / warm[0][1]:4.0%}")
    print(f"  {'':<30} rounds: {' '.join(f'{rate:.0f}' for rate, _ in warm)}; "
          f"{' '.join(f'{ms:.2f}' for _, ms in warm)} ms (settled {cpu[n]:.2f})")
try:
    cold = float(open(f"{work}/cold").read())
    print(f"  {page:<30} first round when the load does not wait for readiness (right after the first answers, which end"
          f" the warm-up): {cold:.1f} req/s = {cold / median[page]:4.0%} of settled")
except (OSError, ValueError):
    pass
