"""``python -m triangulate``: the command line."""

from triangulate.cli import main

main()
