"""igraph's C core on the same files as `npm run bench`, for comparison (python3-igraph).

Usage: python3 bench/igraph_bench.py ORGANIZATIONS.csv LINKS.csv [--no-paths]
Prints one JSON object: milliseconds per measure. Reads the generator's plain CSV (ids in the
first column of the organisations file; source, target in the first two of the links file).
"""
import csv
import json
import sys
import time

import igraph


def main() -> None:
    orgs_path, links_path = sys.argv[1], sys.argv[2]
    paths = "--no-paths" not in sys.argv
    with open(orgs_path, newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows)
        ids = [row[0] for row in rows]
    index = {node: i for i, node in enumerate(ids)}
    pairs = set()
    with open(links_path, newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows)
        for row in rows:
            a, b = index[row[0]], index[row[1]]
            if a != b:
                pairs.add((a, b) if a < b else (b, a))
    graph = igraph.Graph(n=len(ids), edges=sorted(pairs))
    timings = {}

    def timed(name, work):
        start = time.perf_counter()
        work()
        timings[name] = (time.perf_counter() - start) * 1000

    if paths:
        timed("betweenness", lambda: graph.betweenness(directed=False))
        timed("closeness", lambda: graph.closeness())
        timed("harmonic", lambda: graph.harmonic_centrality())
    timed("pagerank", lambda: graph.pagerank(damping=0.85))
    timed("eigenvector", lambda: graph.eigenvector_centrality(directed=False))
    timed("clustering", lambda: graph.transitivity_local_undirected(mode="zero"))
    timed("communities", lambda: graph.community_multilevel())
    print(json.dumps({"version": igraph.__version__, "ms": timings}))


if __name__ == "__main__":
    main()
