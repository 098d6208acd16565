"""Install the CPU build of PyTorch into this environment, for the `camel` extra (make camel).

PyPI serves Linux users torch's CUDA build (torch plus 16 nvidia/triton wheels, ~2.7 GB to download);
the kit's optional CAMeL NER model runs on the CPU. So:

1. torch already installed: nothing to do.
2. The PyTorch CPU wheel index reachable: ``pip install torch --index-url https://download.pytorch.org/whl/cpu``
   (about 200 MB to download).
3. Otherwise (an offline classroom with a local wheel or mirror): ``pip install torch==2.13.0``, which
   takes what this machine's pip configuration offers; on a plain PyPI-only Linux machine that is
   the CUDA build, and the script says so before it starts.

    python scripts/install_torch_cpu.py [--dry-run]
"""
from __future__ import annotations

import argparse
import importlib.util
import socket
import subprocess
import sys

CPU_INDEX = "https://download.pytorch.org/whl/cpu"
FALLBACK = "torch==2.13.0"


def reachable(host: str = "download.pytorch.org", port: int = 443, timeout: float = 3.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="say what would be installed, install nothing")
    args = ap.parse_args(argv)
    if importlib.util.find_spec("torch") is not None:
        import torch

        print(f"torch {torch.__version__} is already installed")
        return 0
    if reachable():
        cmd = [sys.executable, "-m", "pip", "install", "torch", "--index-url", CPU_INDEX]
        print("installing torch's CPU build from the PyTorch CPU index")
    else:
        cmd = [sys.executable, "-m", "pip", "install", FALLBACK]
        print(f"the PyTorch CPU index cannot be reached: installing {FALLBACK} from what pip is configured "
              "to use (a local CPU wheel or mirror here; on a Linux machine with only PyPI, the CUDA build, ~2.7 GB)")
    if args.dry_run:
        print(" ".join(cmd))
        return 0
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
