"""Entry point of the frozen bundle: the same command line as the ``screenaid`` console script."""

import sys

from screenaid.cli import main

if __name__ == "__main__":
    sys.exit(main())
