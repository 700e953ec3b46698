#!/usr/bin/env python3
"""Builds one negograph graph from a corpus split across the workers of a Dask cluster.

Each of N tasks runs `negograph build --shard I/N INPUT... -o -` on a worker and sends the
shard's JSON graph back; the client then runs `negograph merge` on the N graphs. The
result is byte for byte the graph of one `negograph build INPUT...`. It cannot move the
corpus: every worker must see INPUT at the same path (a shared file system, or the same
copy on each machine), and the negograph executable at --negograph.

    dask_build.py -o graph.json -- corpus/                        # a local cluster, 2 workers
    dask_build.py --scheduler tcp://10.0.0.5:8786 --shards 64 -o g.graphml -- /data/news/
    dask_build.py --shards 8 -o g.json -- corpus.jsonl --max-evidence 10   # build options after INPUT

Exit status: 0, or 1 when a shard reported bad input (the graph of the rest is written),
or 2 for bad usage. Needs Debian's python3-distributed.
"""
import argparse
import os
import subprocess
import sys
import tempfile


def build_shard(negograph, index, count, build_args):
    """Runs on a worker: one shard's graph as JSON bytes, with its exit code and stderr."""
    command = [negograph, "build", "--shard", f"{index}/{count}", "--format", "json", "-o", "-", "-q",
               *build_args]
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    return index, done.returncode, done.stdout, done.stderr.decode("utf-8", "replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--negograph", default=os.environ.get("NEGOGRAPH", "negograph"),
                        help="the negograph executable, at the same path on every worker")
    parser.add_argument("--scheduler", help="address of a running dask scheduler (default: start a local cluster)")
    parser.add_argument("--local-workers", type=int, default=2, help="workers of the local cluster (default 2)")
    parser.add_argument("--shards", type=int, default=0, help="shards to cut the corpus into (default: 4 per worker)")
    parser.add_argument("-o", "--output", required=True, help="the merged graph; its extension picks the format")
    parser.add_argument("build_args", nargs=argparse.REMAINDER, help="-- INPUT... [negograph build options]")
    args = parser.parse_args()
    build_args = args.build_args[1:] if args.build_args[:1] == ["--"] else args.build_args
    if not build_args:
        parser.error("no INPUT: give the corpus after --")
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print("dask_build.py: needs dask.distributed (apt-get install python3-distributed)", file=sys.stderr)
        return 2
    negograph = os.path.abspath(args.negograph) if os.path.sep in args.negograph else args.negograph

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info()["workers"]))
        count = args.shards or 4 * workers
        futures = [client.submit(build_shard, negograph, i, count, build_args, pure=False)
                   for i in range(1, count + 1)]
        results = sorted(client.gather(futures))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    status = 0
    with tempfile.TemporaryDirectory(prefix="negograph-shards-") as folder:
        graphs = []
        for index, code, graph, errors in results:
            if errors:
                sys.stderr.write(errors)
            if code == 2 or not graph:
                print(f"dask_build.py: shard {index}/{count} failed (exit {code})", file=sys.stderr)
                return 2 if code == 2 else 1
            status = max(status, code)
            path = os.path.join(folder, f"shard-{index:05d}.json")
            with open(path, "wb") as handle:
                handle.write(graph)
            graphs.append(path)
        merged = subprocess.run([negograph, "merge", *graphs, "-o", args.output, "-q"], check=False)
        return merged.returncode or status


if __name__ == "__main__":
    sys.exit(main())
